//! Shared vocabularies: expertise tags and job titles.
//!
//! Members' expertise and themes' tags come from one list, so that a member with
//! "Omgevingswet" among their expertise is more likely to join the theme of that name,
//! and so that filters in the app find both with the same word.

use knooppunt::model::OrganisationKind;
use OrganisationKind::*;

pub const EXPERTISE: &[&str] = &[
    "Open data",
    "Omgevingswet",
    "Participatie",
    "Communicatie",
    "Sociale media",
    "Informatiebeveiliging",
    "Privacy",
    "Data-analyse",
    "Kunstmatige intelligentie",
    "Algoritmes",
    "Dienstverlening",
    "Klantcontact",
    "Jeugdhulp",
    "Wmo",
    "Participatiewet",
    "Schuldhulpverlening",
    "Projectmanagement",
    "Verandermanagement",
    "Communitymanagement",
    "Innovatie",
    "Design thinking",
    "Lean",
    "Digitale toegankelijkheid",
    "Begrijpelijke taal",
    "Informatiehuishouding",
    "Woo",
    "Informatiemanagement",
    "Zaakgericht werken",
    "Common Ground",
    "Ruimtelijke ordening",
    "Vergunningverlening",
    "Toezicht en handhaving",
    "Energietransitie",
    "Klimaatadaptatie",
    "Waterbeheer",
    "Duurzaamheid",
    "Geo-informatie",
    "Inkoop",
    "HR",
    "Leiderschap",
    "Samenwerken",
    "Het Nieuwe Werken",
    "Wijkgericht werken",
    "Juridisch advies",
    "Bestuursadvies",
    "Crisiscommunicatie",
    "Kennisdeling",
];

/// A job title, how common it is in the network, the expertise it usually brings
/// and the kinds of organisation that have it (`None`: every kind).
#[derive(Debug, Clone, Copy)]
pub struct Job {
    pub title: &'static str,
    pub weight: u32,
    pub expertise: &'static [&'static str],
    pub only: Option<&'static [OrganisationKind]>,
}

const fn job(title: &'static str, weight: u32, expertise: &'static [&'static str]) -> Job {
    Job {
        title,
        weight,
        expertise,
        only: None,
    }
}

const fn job_at(
    title: &'static str,
    weight: u32,
    expertise: &'static [&'static str],
    only: &'static [OrganisationKind],
) -> Job {
    Job {
        title,
        weight,
        expertise,
        only: Some(only),
    }
}

pub const JOBS: &[Job] = &[
    job(
        "Beleidsadviseur",
        12,
        &["Samenwerken", "Bestuursadvies", "Participatie"],
    ),
    job(
        "Senior beleidsadviseur",
        6,
        &["Bestuursadvies", "Leiderschap", "Samenwerken"],
    ),
    job(
        "Strategisch adviseur",
        4,
        &["Innovatie", "Bestuursadvies", "Samenwerken"],
    ),
    job(
        "Communicatieadviseur",
        9,
        &["Communicatie", "Sociale media", "Begrijpelijke taal"],
    ),
    job(
        "Online communicatieadviseur",
        4,
        &["Sociale media", "Communicatie", "Digitale toegankelijkheid"],
    ),
    job(
        "Webredacteur",
        3,
        &["Digitale toegankelijkheid", "Begrijpelijke taal", "Communicatie"],
    ),
    job(
        "Informatieadviseur",
        7,
        &["Informatiemanagement", "Zaakgericht werken", "Common Ground"],
    ),
    job(
        "Informatiemanager",
        4,
        &["Informatiemanagement", "Informatiehuishouding", "Woo"],
    ),
    job(
        "Adviseur informatiehuishouding",
        3,
        &["Informatiehuishouding", "Woo", "Open data"],
    ),
    job(
        "Architect informatievoorziening",
        2,
        &["Common Ground", "Informatiemanagement", "Zaakgericht werken"],
    ),
    job(
        "Projectleider",
        8,
        &["Projectmanagement", "Verandermanagement", "Samenwerken"],
    ),
    job(
        "Programmamanager",
        4,
        &["Projectmanagement", "Leiderschap", "Innovatie"],
    ),
    job("Data-analist", 5, &["Data-analyse", "Open data", "Geo-informatie"]),
    job(
        "Datawetenschapper",
        2,
        &["Kunstmatige intelligentie", "Data-analyse", "Algoritmes"],
    ),
    job("GIS-specialist", 2, &["Geo-informatie", "Data-analyse", "Open data"]),
    job("CISO", 2, &["Informatiebeveiliging", "Privacy", "Leiderschap"]),
    job(
        "Privacy officer",
        2,
        &["Privacy", "Informatiebeveiliging", "Juridisch advies"],
    ),
    job("Functionaris gegevensbescherming", 1, &["Privacy", "Juridisch advies"]),
    job("Jurist", 3, &["Juridisch advies", "Woo", "Privacy"]),
    job(
        "Teamleider",
        5,
        &["Leiderschap", "Het Nieuwe Werken", "Verandermanagement"],
    ),
    job(
        "Innovatiemanager",
        2,
        &["Innovatie", "Design thinking", "Verandermanagement"],
    ),
    job("HR-adviseur", 3, &["HR", "Het Nieuwe Werken", "Leiderschap"]),
    job("Inkoopadviseur", 2, &["Inkoop", "Duurzaamheid", "Juridisch advies"]),
    job(
        "Adviseur dienstverlening",
        4,
        &["Dienstverlening", "Klantcontact", "Begrijpelijke taal"],
    ),
    job(
        "Adviseur digitale toegankelijkheid",
        1,
        &["Digitale toegankelijkheid", "Dienstverlening", "Begrijpelijke taal"],
    ),
    job(
        "Communitymanager",
        2,
        &["Communitymanagement", "Sociale media", "Kennisdeling"],
    ),
    job("Trainee", 3, &["Innovatie", "Samenwerken", "Het Nieuwe Werken"]),
    job_at(
        "Adviseur participatie",
        3,
        &["Participatie", "Communicatie", "Wijkgericht werken"],
        &[Gemeente, Provincie, Waterschap],
    ),
    job_at(
        "Wijkregisseur",
        4,
        &["Wijkgericht werken", "Participatie", "Samenwerken"],
        &[Gemeente],
    ),
    job_at(
        "Gebiedsregisseur",
        2,
        &["Wijkgericht werken", "Participatie", "Ruimtelijke ordening"],
        &[Gemeente],
    ),
    job_at(
        "Klantcontactmedewerker",
        3,
        &["Klantcontact", "Dienstverlening"],
        &[Gemeente, Waterschap, Rijk],
    ),
    job_at("Consulent jeugd", 2, &["Jeugdhulp", "Wijkgericht werken"], &[Gemeente]),
    job_at(
        "Wmo-consulent",
        2,
        &["Wmo", "Wijkgericht werken", "Dienstverlening"],
        &[Gemeente],
    ),
    job_at(
        "Beleidsmedewerker sociaal domein",
        3,
        &["Jeugdhulp", "Wmo", "Participatiewet"],
        &[Gemeente],
    ),
    job_at(
        "Schuldhulpverlener",
        1,
        &["Schuldhulpverlening", "Participatiewet"],
        &[Gemeente],
    ),
    job_at(
        "Omgevingsmanager",
        3,
        &["Omgevingswet", "Participatie", "Ruimtelijke ordening"],
        &[Gemeente, Provincie, Waterschap, Rijk],
    ),
    job_at(
        "Vergunningverlener",
        3,
        &["Vergunningverlening", "Omgevingswet"],
        &[Gemeente, Provincie, Samenwerkingsverband],
    ),
    job_at(
        "Toezichthouder",
        2,
        &["Toezicht en handhaving", "Vergunningverlening"],
        &[Gemeente, Waterschap, Samenwerkingsverband],
    ),
    job_at(
        "Adviseur energietransitie",
        2,
        &["Energietransitie", "Duurzaamheid", "Participatie"],
        &[Gemeente, Provincie],
    ),
    job_at(
        "Adviseur klimaatadaptatie",
        2,
        &["Klimaatadaptatie", "Waterbeheer", "Ruimtelijke ordening"],
        &[Gemeente, Provincie, Waterschap],
    ),
    job_at(
        "Hydroloog",
        2,
        &["Waterbeheer", "Klimaatadaptatie", "Geo-informatie"],
        &[Waterschap, Rijk],
    ),
    job_at(
        "Adviseur waterkeringen",
        1,
        &["Waterbeheer", "Projectmanagement"],
        &[Waterschap],
    ),
    job_at(
        "Griffiemedewerker",
        1,
        &["Bestuursadvies", "Participatie", "Begrijpelijke taal"],
        &[Gemeente, Provincie],
    ),
    job_at(
        "Adviseur crisisbeheersing",
        1,
        &["Crisiscommunicatie", "Samenwerken"],
        &[Gemeente, Samenwerkingsverband],
    ),
];

impl Job {
    pub fn fits(&self, kind: OrganisationKind) -> bool {
        self.only.is_none_or(|kinds| kinds.contains(&kind))
    }
}

/// A job title inside a sentence: "Ik werk als beleidsadviseur", but acronyms stay ("als CISO").
pub fn in_sentence(title: &str) -> String {
    let mut chars = title.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain(title[first.len_utf8()..].chars()).collect()
        }
        _ => title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_expertise_is_in_the_vocabulary() {
        for job in JOBS {
            for tag in job.expertise {
                assert!(EXPERTISE.contains(tag), "{tag} of {}", job.title);
            }
        }
    }

    #[test]
    fn titles_in_sentences() {
        assert_eq!(in_sentence("Beleidsadviseur"), "beleidsadviseur");
        assert_eq!(in_sentence("CISO"), "CISO");
        assert_eq!(in_sentence("GIS-specialist"), "GIS-specialist");
    }
}
