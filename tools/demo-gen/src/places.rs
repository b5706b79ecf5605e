//! The organisations of the network: real Dutch government bodies with their province.
//!
//! Every municipality here exists on 2026-01-01 under this name and lies in this
//! province; merged-away municipalities and ones with a pending merger are left out
//! on purpose, because members see these names. Websites are only given where the
//! address is certain; a wrong link would be worse than none.

use knooppunt::model::theme::slugify;
use knooppunt::model::{Organisation, OrganisationId, OrganisationKind, Province};
use Province::*;

/// One row of an organisation table: name, province, how many members it tends to
/// bring (bigger bodies have more people in the network), website.
#[derive(Debug, Clone, Copy)]
pub struct OrgRow {
    pub name: &'static str,
    pub province: Option<Province>,
    pub weight: u32,
    pub website: Option<&'static str>,
}

const fn row(name: &'static str, province: Province, weight: u32) -> OrgRow {
    OrgRow {
        name,
        province: Some(province),
        weight,
        website: None,
    }
}

const fn site(name: &'static str, province: Province, weight: u32, website: &'static str) -> OrgRow {
    OrgRow {
        name,
        province: Some(province),
        weight,
        website: Some(website),
    }
}

const fn national(name: &'static str, weight: u32, website: Option<&'static str>) -> OrgRow {
    OrgRow {
        name,
        province: None,
        weight,
        website,
    }
}

/// The provincial capital: where the provinciehuis stands and a provincial meeting is held.
pub fn capital(province: Province) -> &'static str {
    match province {
        Groningen => "Groningen",
        Fryslan => "Leeuwarden",
        Drenthe => "Assen",
        Overijssel => "Zwolle",
        Flevoland => "Lelystad",
        Gelderland => "Arnhem",
        Utrecht => "Utrecht",
        NoordHolland => "Haarlem",
        ZuidHolland => "Den Haag",
        Zeeland => "Middelburg",
        NoordBrabant => "'s-Hertogenbosch",
        Limburg => "Maastricht",
    }
}

/// The website of each province's government.
fn province_website(province: Province) -> &'static str {
    match province {
        Groningen => "https://www.provinciegroningen.nl",
        Fryslan => "https://www.fryslan.frl",
        Drenthe => "https://www.provincie.drenthe.nl",
        Overijssel => "https://www.overijssel.nl",
        Flevoland => "https://www.flevoland.nl",
        Gelderland => "https://www.gelderland.nl",
        Utrecht => "https://www.provincie-utrecht.nl",
        NoordHolland => "https://www.noord-holland.nl",
        ZuidHolland => "https://www.zuid-holland.nl",
        Zeeland => "https://www.zeeland.nl",
        NoordBrabant => "https://www.brabant.nl",
        Limburg => "https://www.limburg.nl",
    }
}

/// Municipalities by their place name (the organisation is "Gemeente <name>").
/// Weights: 5 for the four big cities, 3 for other large cities, 1–2 otherwise.
pub const MUNICIPALITIES: &[OrgRow] = &[
    // Groningen
    site("Groningen", Groningen, 4, "https://gemeente.groningen.nl"),
    row("Het Hogeland", Groningen, 1),
    row("Westerkwartier", Groningen, 1),
    row("Eemsdelta", Groningen, 1),
    row("Oldambt", Groningen, 1),
    row("Veendam", Groningen, 1),
    row("Stadskanaal", Groningen, 1),
    // Fryslân
    site("Leeuwarden", Fryslan, 3, "https://www.leeuwarden.nl"),
    row("Súdwest-Fryslân", Fryslan, 2),
    row("Smallingerland", Fryslan, 2),
    row("Heerenveen", Fryslan, 2),
    row("De Fryske Marren", Fryslan, 1),
    row("Waadhoeke", Fryslan, 1),
    row("Harlingen", Fryslan, 1),
    row("Tytsjerksteradiel", Fryslan, 1),
    row("Opsterland", Fryslan, 1),
    row("Ooststellingwerf", Fryslan, 1),
    // Drenthe
    row("Assen", Drenthe, 2),
    row("Emmen", Drenthe, 2),
    row("Hoogeveen", Drenthe, 2),
    row("Meppel", Drenthe, 1),
    row("Coevorden", Drenthe, 1),
    row("Midden-Drenthe", Drenthe, 1),
    row("Tynaarlo", Drenthe, 1),
    row("Aa en Hunze", Drenthe, 1),
    row("Noordenveld", Drenthe, 1),
    // Overijssel
    site("Zwolle", Overijssel, 3, "https://www.zwolle.nl"),
    row("Enschede", Overijssel, 3),
    row("Deventer", Overijssel, 2),
    row("Almelo", Overijssel, 2),
    row("Hengelo", Overijssel, 2),
    row("Kampen", Overijssel, 1),
    row("Hardenberg", Overijssel, 1),
    row("Oldenzaal", Overijssel, 1),
    row("Raalte", Overijssel, 1),
    row("Steenwijkerland", Overijssel, 1),
    // Flevoland (all six)
    row("Lelystad", Flevoland, 2),
    site("Almere", Flevoland, 3, "https://www.almere.nl"),
    row("Dronten", Flevoland, 1),
    row("Noordoostpolder", Flevoland, 1),
    row("Urk", Flevoland, 1),
    row("Zeewolde", Flevoland, 1),
    // Gelderland
    site("Arnhem", Gelderland, 3, "https://www.arnhem.nl"),
    site("Nijmegen", Gelderland, 3, "https://www.nijmegen.nl"),
    row("Apeldoorn", Gelderland, 3),
    row("Ede", Gelderland, 2),
    row("Zutphen", Gelderland, 1),
    row("Doetinchem", Gelderland, 1),
    row("Harderwijk", Gelderland, 1),
    row("Tiel", Gelderland, 1),
    row("Wageningen", Gelderland, 1),
    row("Winterswijk", Gelderland, 1),
    row("Culemborg", Gelderland, 1),
    // Utrecht
    site("Utrecht", Utrecht, 5, "https://www.utrecht.nl"),
    row("Amersfoort", Utrecht, 3),
    row("Nieuwegein", Utrecht, 2),
    row("Zeist", Utrecht, 2),
    row("Veenendaal", Utrecht, 1),
    row("Houten", Utrecht, 1),
    row("Utrechtse Heuvelrug", Utrecht, 1),
    row("Stichtse Vecht", Utrecht, 1),
    row("De Bilt", Utrecht, 1),
    row("IJsselstein", Utrecht, 1),
    // Noord-Holland
    site("Amsterdam", NoordHolland, 5, "https://www.amsterdam.nl"),
    site("Haarlem", NoordHolland, 3, "https://www.haarlem.nl"),
    row("Zaanstad", NoordHolland, 2),
    row("Alkmaar", NoordHolland, 2),
    row("Hilversum", NoordHolland, 2),
    row("Den Helder", NoordHolland, 1),
    row("Hoorn", NoordHolland, 1),
    row("Purmerend", NoordHolland, 1),
    row("Amstelveen", NoordHolland, 2),
    row("Haarlemmermeer", NoordHolland, 2),
    row("Velsen", NoordHolland, 1),
    row("Enkhuizen", NoordHolland, 1),
    row("Dijk en Waard", NoordHolland, 1),
    // Zuid-Holland
    site("Den Haag", ZuidHolland, 5, "https://www.denhaag.nl"),
    site("Rotterdam", ZuidHolland, 5, "https://www.rotterdam.nl"),
    row("Leiden", ZuidHolland, 3),
    row("Dordrecht", ZuidHolland, 2),
    row("Delft", ZuidHolland, 2),
    row("Zoetermeer", ZuidHolland, 2),
    row("Gouda", ZuidHolland, 2),
    row("Westland", ZuidHolland, 1),
    row("Alphen aan den Rijn", ZuidHolland, 1),
    row("Schiedam", ZuidHolland, 1),
    row("Vlaardingen", ZuidHolland, 1),
    row("Voorne aan Zee", ZuidHolland, 1),
    row("Goeree-Overflakkee", ZuidHolland, 1),
    row("Katwijk", ZuidHolland, 1),
    // Zeeland
    row("Middelburg", Zeeland, 2),
    row("Vlissingen", Zeeland, 1),
    row("Goes", Zeeland, 1),
    row("Terneuzen", Zeeland, 1),
    row("Schouwen-Duiveland", Zeeland, 1),
    row("Sluis", Zeeland, 1),
    row("Hulst", Zeeland, 1),
    row("Veere", Zeeland, 1),
    // Noord-Brabant
    row("'s-Hertogenbosch", NoordBrabant, 3),
    site("Eindhoven", NoordBrabant, 4, "https://www.eindhoven.nl"),
    site("Tilburg", NoordBrabant, 3, "https://www.tilburg.nl"),
    site("Breda", NoordBrabant, 3, "https://www.breda.nl"),
    row("Helmond", NoordBrabant, 2),
    row("Oss", NoordBrabant, 2),
    row("Roosendaal", NoordBrabant, 1),
    row("Bergen op Zoom", NoordBrabant, 1),
    row("Meierijstad", NoordBrabant, 1),
    row("Maashorst", NoordBrabant, 1),
    row("Land van Cuijk", NoordBrabant, 1),
    // Limburg
    site("Maastricht", Limburg, 3, "https://www.maastricht.nl"),
    row("Venlo", Limburg, 2),
    row("Heerlen", Limburg, 2),
    row("Sittard-Geleen", Limburg, 2),
    row("Roermond", Limburg, 1),
    row("Weert", Limburg, 1),
    row("Venray", Limburg, 1),
    row("Kerkrade", Limburg, 1),
    row("Peel en Maas", Limburg, 1),
    row("Horst aan de Maas", Limburg, 1),
];

/// All 21 water boards, each with the province of its seat.
pub const WATER_BOARDS: &[OrgRow] = &[
    row("Waterschap Noorderzijlvest", Groningen, 1),
    row("Waterschap Hunze en Aa's", Groningen, 1),
    site("Wetterskip Fryslân", Fryslan, 2, "https://www.wetterskipfryslan.nl"),
    row("Waterschap Drents Overijsselse Delta", Overijssel, 1),
    row("Waterschap Vechtstromen", Overijssel, 1),
    site("Waterschap Zuiderzeeland", Flevoland, 1, "https://www.zuiderzeeland.nl"),
    row("Waterschap Rijn en IJssel", Gelderland, 1),
    row("Waterschap Vallei en Veluwe", Gelderland, 1),
    site(
        "Waterschap Rivierenland",
        Gelderland,
        2,
        "https://www.waterschaprivierenland.nl",
    ),
    row("Hoogheemraadschap De Stichtse Rijnlanden", Utrecht, 1),
    row("Waterschap Amstel, Gooi en Vecht", NoordHolland, 2),
    site(
        "Hoogheemraadschap Hollands Noorderkwartier",
        NoordHolland,
        2,
        "https://www.hhnk.nl",
    ),
    row("Hoogheemraadschap van Rijnland", ZuidHolland, 2),
    row("Hoogheemraadschap van Delfland", ZuidHolland, 1),
    row("Hoogheemraadschap van Schieland en de Krimpenerwaard", ZuidHolland, 1),
    row("Waterschap Hollandse Delta", ZuidHolland, 1),
    row("Waterschap Scheldestromen", Zeeland, 1),
    row("Waterschap Brabantse Delta", NoordBrabant, 1),
    row("Waterschap De Dommel", NoordBrabant, 1),
    site("Waterschap Aa en Maas", NoordBrabant, 1, "https://www.aaenmaas.nl"),
    site("Waterschap Limburg", Limburg, 2, "https://www.waterschaplimburg.nl"),
];

/// Ministries and national agencies. They work for the whole country, so no province.
pub const RIJK: &[OrgRow] = &[
    national("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", 5, None),
    national("Ministerie van Infrastructuur en Waterstaat", 3, None),
    national("Ministerie van Financiën", 2, None),
    national("Ministerie van Justitie en Veiligheid", 2, None),
    national("Ministerie van Sociale Zaken en Werkgelegenheid", 2, None),
    national("Ministerie van Volksgezondheid, Welzijn en Sport", 2, None),
    national("Ministerie van Onderwijs, Cultuur en Wetenschap", 2, None),
    national("Ministerie van Defensie", 1, None),
    national("Ministerie van Buitenlandse Zaken", 1, None),
    national("Ministerie van Algemene Zaken", 1, None),
    national("Rijkswaterstaat", 3, Some("https://www.rijkswaterstaat.nl")),
    national("Logius", 2, Some("https://www.logius.nl")),
    national("Belastingdienst", 2, None),
    national("Rijksdienst voor Ondernemend Nederland", 1, None),
];

/// Joint arrangements of several governments: environmental services, safety regions,
/// public health services, metropolitan regions.
pub const JOINT: &[OrgRow] = &[
    row("RUD Utrecht", Utrecht, 1),
    row("Omgevingsdienst Noordzeekanaalgebied", NoordHolland, 1),
    row("Regionale Uitvoeringsdienst Drenthe", Drenthe, 1),
    row("Omgevingsdienst Groningen", Groningen, 1),
    row("Omgevingsdienst Twente", Overijssel, 1),
    row("Omgevingsdienst Haaglanden", ZuidHolland, 1),
    row("DCMR Milieudienst Rijnmond", ZuidHolland, 1),
    row("Omgevingsdienst Midden- en West-Brabant", NoordBrabant, 1),
    row("RUD Zeeland", Zeeland, 1),
    row("RUD Zuid-Limburg", Limburg, 1),
    row("Veiligheidsregio Utrecht", Utrecht, 1),
    row("Veiligheidsregio Rotterdam-Rijnmond", ZuidHolland, 1),
    row("GGD Amsterdam", NoordHolland, 1),
    row("GGD Hollands Midden", ZuidHolland, 1),
    row("Metropoolregio Rotterdam Den Haag", ZuidHolland, 1),
    row("Metropoolregio Amsterdam", NoordHolland, 1),
];

/// National associations of the governments themselves.
pub const ASSOCIATIONS: &[OrgRow] = &[
    national("Vereniging van Nederlandse Gemeenten", 3, Some("https://vng.nl")),
    national("Interprovinciaal Overleg", 2, Some("https://www.ipo.nl")),
    national("Unie van Waterschappen", 2, Some("https://www.uvw.nl")),
];

/// An organisation together with how many members it tends to bring.
#[derive(Debug, Clone)]
pub struct WeightedOrg {
    pub org: Organisation,
    pub weight: u32,
}

fn make(name: String, kind: OrganisationKind, row: &OrgRow) -> WeightedOrg {
    WeightedOrg {
        org: Organisation {
            id: OrganisationId(slugify(&name)),
            name,
            kind,
            province: row.province,
            website: row.website.map(str::to_owned),
        },
        weight: row.weight,
    }
}

/// Every organisation of the network, provinces first; ids are slugs of the names.
pub fn organisations() -> Vec<WeightedOrg> {
    let mut out = Vec::new();
    for province in Province::ALL {
        out.push(WeightedOrg {
            org: Organisation {
                id: OrganisationId(slugify(&format!("Provincie {}", province.name()))),
                name: format!("Provincie {}", province.name()),
                kind: OrganisationKind::Provincie,
                province: Some(province),
                website: Some(province_website(province).to_owned()),
            },
            weight: 3,
        });
    }
    for r in MUNICIPALITIES {
        out.push(make(format!("Gemeente {}", r.name), OrganisationKind::Gemeente, r));
    }
    for r in WATER_BOARDS {
        out.push(make(r.name.to_owned(), OrganisationKind::Waterschap, r));
    }
    for r in RIJK {
        out.push(make(r.name.to_owned(), OrganisationKind::Rijk, r));
    }
    for r in JOINT {
        out.push(make(r.name.to_owned(), OrganisationKind::Samenwerkingsverband, r));
    }
    for r in ASSOCIATIONS {
        out.push(make(r.name.to_owned(), OrganisationKind::Overig, r));
    }
    out
}

/// The place name a member's organisation suggests, for "in Zwolle" in texts:
/// the municipality itself, else the capital of the organisation's province.
pub fn home_town(org: &Organisation) -> Option<&str> {
    if org.kind == OrganisationKind::Gemeente {
        return org.name.strip_prefix("Gemeente ");
    }
    org.province.map(capital)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_slugs() {
        let orgs = organisations();
        let ids: BTreeSet<&str> = orgs.iter().map(|o| o.org.id.as_str()).collect();
        assert_eq!(ids.len(), orgs.len());
        assert!(ids.contains("gemeente-s-hertogenbosch"));
        assert!(ids.contains("provincie-fryslan"));
    }

    #[test]
    fn capitals_are_in_the_table() {
        for p in Province::ALL {
            let c = capital(p);
            assert!(
                MUNICIPALITIES.iter().any(|m| m.name == c && m.province == Some(p)),
                "{c}"
            );
        }
    }
}
