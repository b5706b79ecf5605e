//! The theme groups of the demo network, with the words their posts are made of.
//!
//! Texts may contain the placeholders `{subject}`, `{town}` and `{org}`, filled in by
//! [`crate::text::fill`]. Facts stated here (dates of laws and the like) are real;
//! everything about the network itself is invented.

use knooppunt::model::theme::slugify;
use knooppunt::model::{Theme, ThemeAccess, ThemeId};

use crate::clock;

/// A theme and what posts in it talk about.
#[derive(Debug, Clone, Copy)]
pub struct ThemeDef {
    pub name: &'static str,
    pub summary: &'static str,
    /// Markdown.
    pub description: &'static str,
    pub access: ThemeAccess,
    pub tags: &'static [&'static str],
    /// How readily members join, before their expertise is taken into account.
    pub popularity: u32,
    /// When the group was started (year, month, day).
    pub created: (i32, u32, u32),
    /// Definite noun phrases that fit "Wie heeft ervaring met …?" and "Zo pakten we … aan".
    pub subjects: &'static [&'static str],
    /// Paragraphs that only make sense in this theme.
    pub paragraphs: &'static [&'static str],
}

use ThemeAccess::*;

pub const THEMES: &[ThemeDef] = &[
    ThemeDef {
        name: "Ambtenaar 2.0 moet doorgaan",
        summary: "De thuisbasis van het netwerk: samenwerken over de grenzen van je eigen organisatie heen, en het netwerk samen draaiende houden.",
        description: "Dit is de plek waar het netwerk over zichzelf praat. Hoe houden we een netwerk van ambtenaren levend zonder programmabureau, zonder vaste financiering en zonder baas? Door het samen te doen.\n\nHier delen we wat werkt om kennis te laten stromen tussen gemeenten, provincies, waterschappen en het Rijk. We zoeken kwartiermakers voor nieuwe themagroepen, spreken af wie de netwerkdag organiseert en houden elkaar scherp.\n\n**Iedereen is welkom.** Je hoeft geen expert te zijn; nieuwsgierigheid is genoeg.",
        access: Open,
        tags: &["Samenwerken", "Kennisdeling", "Het Nieuwe Werken"],
        popularity: 10,
        created: (2020, 9, 14),
        subjects: &[
            "samenwerken buiten de eigen organisatie",
            "het delen van kennis tussen overheden",
            "een netwerk zonder programmabureau",
            "intervisie met collega's van andere overheden",
            "het verhuizen van ons netwerk naar eigen beheer",
            "het werven van nieuwe kwartiermakers",
        ],
        paragraphs: &[
            "Een netwerk bestaat niet omdat er een platform is, maar omdat mensen elkaar opzoeken. Het platform helpt alleen om elkaar terug te vinden.",
            "Bij {org} merken we dat collega's pas gaan delen als ze zien dat anderen het ook doen. Voordoen werkt beter dan oproepen.",
            "Wat ons helpt: elke maand een vast moment waarop iedereen kan aanschuiven, zonder agenda en zonder verplichtingen.",
            "De kosten van het netwerk zijn laag gebleven doordat organisaties om de beurt een zaal, de koffie of een spreker leveren.",
        ],
    },
    ThemeDef {
        name: "Het Nieuwe Werken",
        summary: "Plaats- en tijdonafhankelijk werken, hybride samenwerken en leidinggeven op vertrouwen.",
        description: "Sinds thuiswerken gewoon is geworden, zoeken veel overheden naar een nieuwe balans. Wanneer kom je naar kantoor, en wat doe je daar dan? Hoe vergader je goed als de helft van de mensen op een scherm zit?\n\nIn deze groep wisselen we ervaringen uit over huisvesting, hybride vergaderen, afspraken in teams en leidinggeven op resultaat in plaats van op aanwezigheid.\n\nDeel je werkafspraken, je mislukte experimenten en je beste tips.",
        access: Open,
        tags: &["Het Nieuwe Werken", "Leiderschap", "HR"],
        popularity: 5,
        created: (2020, 10, 5),
        subjects: &[
            "hybride vergaderen",
            "afspraken over thuiswerken",
            "plaats- en tijdonafhankelijk werken",
            "resultaatgericht leidinggeven",
            "het terugdringen van de vergaderdruk",
            "de inrichting van het kantoor als ontmoetingsplek",
        ],
        paragraphs: &[
            "In ons team spreken we per week af wie er op kantoor is. Niet omdat het moet, maar omdat samen sparren op dinsdag simpelweg beter werkt.",
            "Het grootste probleem bij hybride vergaderen is niet de techniek, maar de voorzitter die vergeet dat er ook mensen online zijn.",
            "Leidinggevenden bij {org} krijgen sinds vorig jaar een training in sturen op resultaat. Dat bleek lastiger dan gedacht.",
        ],
    },
    ThemeDef {
        name: "Sociale media in overheidscommunicatie",
        summary: "Hoe overheden sociale media inzetten voor communicatie, webcare en crisiscommunicatie, en wat daarbij komt kijken.",
        description: "Inwoners verwachten dat hun gemeente, provincie of waterschap bereikbaar is op de kanalen die zij gebruiken. Tegelijk veranderen platforms snel en stellen regels over privacy, archivering en toegankelijkheid eisen.\n\nIn deze groep delen communicatieadviseurs, webcareteams en woordvoerders hun ervaringen. Denk aan:\n\n- de keuze voor kanalen en het afscheid van kanalen;\n- webcare en het beantwoorden van vragen;\n- crisiscommunicatie;\n- archiveren en toegankelijk publiceren.",
        access: Open,
        tags: &["Sociale media", "Communicatie", "Crisiscommunicatie"],
        popularity: 5,
        created: (2020, 11, 2),
        subjects: &[
            "de inzet van sociale media bij crisiscommunicatie",
            "webcare door de gemeente",
            "het archiveren van berichten op sociale media",
            "een eigen Mastodon-server",
            "richtlijnen voor medewerkers op sociale media",
            "de keuze om met een kanaal te stoppen",
        ],
        paragraphs: &[
            "We hebben gemerkt dat een bericht met een duidelijke foto en één zin uitleg beter werkt dan een lange tekst met een link.",
            "Bij een calamiteit is snelheid belangrijker dan perfectie. Ons webcareteam mag daarom zonder tussenkomst van de woordvoerder eerste berichten plaatsen.",
            "Vergeet niet dat berichten op sociale media onder de Archiefwet vallen. Wij archiveren ze automatisch, inclusief reacties.",
            "Alle video's die wij plaatsen zijn ondertiteld. Dat is niet alleen verplicht, het wordt ook vaker bekeken.",
        ],
    },
    ThemeDef {
        name: "Decentralisaties in het sociaal domein",
        summary: "Jeugdhulp, Wmo en Participatiewet: tien jaar na de decentralisaties van 2015 delen we wat werkt in de uitvoering.",
        description: "Op 1 januari 2015 kregen gemeenten de verantwoordelijkheid voor jeugdhulp, de Wmo 2015 en de Participatiewet. Sindsdien is er veel geleerd, en veel nog niet opgelost.\n\nDeze groep is voor beleidsmedewerkers, consulenten, wijkteams en inkopers die de uitvoering beter willen maken. We delen werkwijzen, contracten, evaluaties en vragen.\n\nPersoonsgegevens van inwoners horen hier niet thuis; deel casuïstiek alleen geanonimiseerd.",
        access: Open,
        tags: &["Jeugdhulp", "Wmo", "Participatiewet", "Wijkgericht werken"],
        popularity: 5,
        created: (2020, 11, 16),
        subjects: &[
            "de toegang tot jeugdhulp",
            "het wijkteam als eerste aanspreekpunt",
            "de inkoop van Wmo-voorzieningen",
            "integraal werken in het sociaal domein",
            "schuldhulpverlening op maat",
            "de samenwerking met huisartsen",
        ],
        paragraphs: &[
            "In {town} werken het wijkteam en de schuldhulpverlening sinds een jaar vanuit één loket. Inwoners hoeven hun verhaal daardoor maar één keer te vertellen.",
            "De wachtlijsten zijn het grootste probleem. We proberen nu eerder lichte ondersteuning te bieden, zodat zwaardere hulp minder vaak nodig is.",
            "Een les die we hebben geleerd: spreek met aanbieders niet alleen tarieven af, maar ook hoe jullie samen resultaten meten.",
        ],
    },
    ThemeDef {
        name: "Open data",
        summary: "Gegevens van de overheid vindbaar en herbruikbaar publiceren, en er samen mee aan de slag gaan.",
        description: "Overheden hebben veel gegevens die voor inwoners, bedrijven, journalisten en onderzoekers waardevol zijn: van bomen en bankjes tot begrotingen en vergunningen.\n\nIn deze groep helpen we elkaar om data goed te publiceren: met een heldere licentie, een goede beschrijving en in open formaten. We delen scripts, portalen, afspraken over kwaliteit en voorbeelden van hergebruik.\n\n## Waar we mee bezig zijn\n\n- een gezamenlijke lijst van datasets die elke gemeente zou moeten publiceren;\n- de koppeling tussen open data en actieve openbaarmaking onder de Woo;\n- voorbeelden van apps en analyses die op onze data zijn gebouwd.",
        access: Open,
        tags: &["Open data", "Data-analyse", "Woo", "Geo-informatie"],
        popularity: 6,
        created: (2021, 3, 15),
        subjects: &[
            "het publiceren van open data",
            "een open-dataportaal voor de regio",
            "de kwaliteit van onze datasets",
            "open data over de openbare ruimte",
            "het koppelen van open data aan de Woo",
            "hergebruik van open data door inwoners",
        ],
        paragraphs: &[
            "We publiceren onze datasets nu als CSV en GeoJSON, met een beschrijving in gewone taal erbij. Het aantal downloads is sindsdien verdubbeld.",
            "Een dataset zonder eigenaar veroudert. Bij {org} heeft daarom elke dataset een vaste contactpersoon binnen de afdeling die de gegevens beheert.",
            "Kies een open licentie, bij voorkeur CC0. Elke voorwaarde die je toevoegt, is een reden voor iemand om de data niet te gebruiken.",
            "Het mooiste moment was toen een student een kaart van alle speeltuinen in {town} maakte, zonder dat wij daar iets voor hoefden te doen.",
        ],
    },
    ThemeDef {
        name: "Participatie",
        summary: "Inwoners, ondernemers en organisaties vroeg en echt betrekken bij beleid en projecten.",
        description: "Participatie is meer dan een informatieavond. Het gaat erom dat mensen invloed hebben op besluiten die hen raken, en dat ze horen wat er met hun inbreng is gedaan.\n\nIn deze groep delen we methoden (van burgerberaad tot wijkbudget), ervaringen met participatie onder de Omgevingswet en lessen over het bereiken van mensen die zelden aan tafel zitten.\n\nVragen stellen mag altijd, ook als je net begint.",
        access: Open,
        tags: &["Participatie", "Wijkgericht werken", "Communicatie", "Omgevingswet"],
        popularity: 6,
        created: (2021, 1, 11),
        subjects: &[
            "participatie bij de omgevingsvisie",
            "het burgerberaad",
            "het uitdaagrecht",
            "participatie van jongeren",
            "digitale participatieplatforms",
            "het terugkoppelen van resultaten aan inwoners",
        ],
        paragraphs: &[
            "We gingen niet met een plan naar de wijk, maar met een lege kaart en een pot koffie. De opkomst was drie keer zo hoog als bij een gewone avond.",
            "Het lastigste blijft terugkoppelen. Inwoners haken af als ze maanden niets horen, ook als er achter de schermen hard gewerkt wordt.",
            "In {town} hebben we een loting gebruikt om deelnemers voor het burgerberaad te vinden. Daardoor zaten er mensen aan tafel die we anders nooit hadden gesproken.",
            "Participatie kost tijd. Neem die tijd op in de planning, anders wordt het een formaliteit.",
        ],
    },
    ThemeDef {
        name: "Communitymanagement",
        summary: "Voor wie online en offline gemeenschappen begeleidt: moderatie, activering en de waarde van netwerken.",
        description: "Communitymanagers zorgen ervoor dat een netwerk meer is dan een verzameling profielen. Ze verwelkomen nieuwe leden, brengen mensen met elkaar in contact en houden de toon goed.\n\nDeze groep is de kern van de moderatoren en kwartiermakers van dit netwerk. Leden worden uitgenodigd; wil je meedoen, spreek dan een van de moderatoren aan.\n\nWe bespreken moderatievraagstukken, het activeren van stille leden en hoe je laat zien wat een netwerk oplevert.",
        access: InviteOnly,
        tags: &["Communitymanagement", "Kennisdeling", "Sociale media"],
        popularity: 1,
        created: (2021, 2, 1),
        subjects: &[
            "het modereren van een online community",
            "het activeren van stille leden",
            "een gedragscode voor de community",
            "de rol van de communitymanager",
            "het meten van de waarde van een netwerk",
        ],
        paragraphs: &[
            "De meeste leden lezen alleen mee, en dat is prima. Wie meeleest, neemt ook kennis mee naar de eigen organisatie.",
            "Een persoonlijk welkomstbericht aan nieuwe leden levert meer op dan elke nieuwsbrief.",
            "Moderatie gaat zelden over ruzie. Meestal gaat het om berichten die in de verkeerde groep staan of om reclame.",
        ],
    },
    ThemeDef {
        name: "Informatiebeveiliging",
        summary: "Voor CISO's, privacy officers en adviseurs: de BIO, incidenten, bewustwording en leveranciers.",
        description: "Informatiebeveiliging is een vak waarin je veel van elkaar kunt leren, maar waarin je niet alles openbaar wilt delen. Daarom is deze groep besloten: een moderator beoordeelt elk verzoek om lid te worden.\n\nWe bespreken de Baseline Informatiebeveiliging Overheid (BIO), het afhandelen van incidenten en datalekken, bewustwording bij collega's en afspraken met leveranciers.\n\nDeel nooit details over kwetsbaarheden die nog niet verholpen zijn.",
        access: OnRequest,
        tags: &["Informatiebeveiliging", "Privacy", "Informatiemanagement"],
        popularity: 4,
        created: (2021, 4, 12),
        subjects: &[
            "een phishingsimulatie",
            "het melden van datalekken",
            "bewustwording onder collega's",
            "het beheer van leveranciersrisico's",
            "inloggen met meerdere factoren",
            "de jaarlijkse ENSIA-verantwoording",
        ],
        paragraphs: &[
            "Na onze phishingsimulatie klikte bijna een op de vijf collega's op de link. Een half jaar later, na korte filmpjes en gesprekken in de teams, was dat minder dan een op de tien.",
            "Maak afspraken over beveiliging vóór je een contract tekent. Achteraf heb je veel minder invloed.",
            "Bij {org} oefenen we twee keer per jaar een incident, inclusief de communicatie. Dat leverde elke keer verbeterpunten op.",
        ],
    },
    ThemeDef {
        name: "Dienstverlening",
        summary: "Begrijpelijke, bereikbare en persoonlijke dienstverlening aan inwoners en ondernemers, digitaal en aan de balie.",
        description: "Goede dienstverlening begint bij de vraag van de inwoner, niet bij de structuur van de organisatie. Dat klinkt vanzelfsprekend, maar vraagt veel van processen, systemen en mensen.\n\nIn deze groep delen we ervaringen met klantcontact, brieven in begrijpelijke taal, digitale formulieren en hulp aan mensen die digitaal minder vaardig zijn.\n\nVan klantcontactcentrum tot directie: iedereen die aan dienstverlening werkt is welkom.",
        access: Open,
        tags: &["Dienstverlening", "Klantcontact", "Begrijpelijke taal"],
        popularity: 6,
        created: (2020, 12, 7),
        subjects: &[
            "klantcontact in begrijpelijke taal",
            "brieven op B1-niveau",
            "de digitale balie",
            "dienstverlening aan inwoners zonder DigiD",
            "het klantcontactcentrum",
            "proactieve dienstverlening",
        ],
        paragraphs: &[
            "We hebben onze twintig meest verstuurde brieven herschreven met een groep inwoners. Het aantal telefoontjes met vragen over die brieven daalde flink.",
            "Niet iedereen kan of wil digitaal. Bij {org} kun je daarom altijd een afspraak maken met een medewerker die samen met je het formulier invult.",
            "Proactief werken betekent dat wij inwoners benaderen voordat ze zelf moeten aankloppen, bijvoorbeeld als ze recht hebben op een regeling.",
        ],
    },
    ThemeDef {
        name: "Omgevingswet",
        summary: "Werken met de Omgevingswet: omgevingsplan, vergunningverlening, participatie en het Digitaal Stelsel.",
        description: "De Omgevingswet is op 1 januari 2024 in werking getreden. De invoering is achter de rug, het echte werk begint nu: het omgevingsplan vullen, vergunningen binnen de termijn verlenen en samenwerken met ketenpartners.\n\nDeze groep is voor iedereen die ermee werkt, bij gemeenten, provincies, waterschappen, omgevingsdiensten en het Rijk. We delen:\n\n- voorbeelden van regels in het omgevingsplan;\n- ervaringen met het Digitaal Stelsel Omgevingswet (DSO);\n- werkwijzen voor de omgevingstafel en voor participatie.",
        access: Open,
        tags: &["Omgevingswet", "Vergunningverlening", "Ruimtelijke ordening", "Participatie"],
        popularity: 8,
        created: (2021, 6, 7),
        subjects: &[
            "het omgevingsplan",
            "het Digitaal Stelsel Omgevingswet",
            "de omgevingstafel",
            "vergunningverlening binnen de termijn",
            "participatie bij omgevingsvergunningen",
            "het werken met toepasbare regels",
        ],
        paragraphs: &[
            "Bij de omgevingstafel zitten de initiatiefnemer, de gemeente, de omgevingsdienst en waar nodig het waterschap vanaf het begin samen aan tafel. Dat scheelt later veel heen-en-weer.",
            "Het omgevingsplan is nooit af. We werken in kleine stappen en nemen per wijziging een onderwerp mee.",
            "Vergunningverleners bij {org} krijgen elke week een uur om samen lastige aanvragen te bespreken. Dat bleek de beste manier om kennis te delen.",
            "Ons advies: oefen met toepasbare regels op een klein onderwerp, zoals kappen of uitwegen, voordat je aan de grote onderwerpen begint.",
        ],
    },
    ThemeDef {
        name: "Innovatie in de overheid",
        summary: "Experimenteren, leren van mislukkingen en goede ideeën opschalen binnen de overheid.",
        description: "Vernieuwing bij de overheid gaat vaak langzamer dan we willen, en dat heeft soms goede redenen. Juist daarom is het waardevol om te leren van collega's die al hebben uitgeprobeerd wat jij van plan bent.\n\nIn deze groep delen we experimenten, methoden zoals design thinking en lean, en de lessen van pilots die wel en niet zijn opgeschaald.\n\nMislukkingen delen wordt hier extra gewaardeerd.",
        access: Open,
        tags: &["Innovatie", "Design thinking", "Lean", "Verandermanagement"],
        popularity: 5,
        created: (2022, 2, 21),
        subjects: &[
            "een innovatiebudget",
            "experimenteren binnen de regels",
            "design thinking in beleid",
            "een innovatielab",
            "het opschalen van pilots",
            "het delen van mislukkingen",
        ],
        paragraphs: &[
            "Een pilot zonder plan voor daarna is een doodlopende weg. Spreek vooraf af wie de oplossing overneemt als het werkt.",
            "Bij {org} hebben we een klein budget dat teams zonder lange procedure kunnen aanvragen. De drempel om iets te proberen is daardoor veel lager.",
            "Design thinking hielp ons om eerst met inwoners te praten en pas daarna een oplossing te bedenken. Dat klinkt logisch, maar we deden het jarenlang andersom.",
        ],
    },
    ThemeDef {
        name: "Data en AI",
        summary: "Verantwoord werken met data, algoritmes en kunstmatige intelligentie bij de overheid.",
        description: "Algoritmes en AI kunnen de overheid helpen, maar alleen als ze transparant, eerlijk en uitlegbaar worden ingezet. Dat vraagt kennis van techniek, recht en ethiek tegelijk.\n\nIn deze groep delen datawetenschappers, privacy officers, juristen en beleidsmakers hun ervaringen met het algoritmeregister, impactanalyses, de Europese AI-verordening en het gebruik van generatieve AI in het dagelijks werk.\n\nOmdat hier ook werk in uitvoering wordt besproken, beoordeelt een moderator de aanmeldingen.",
        access: OnRequest,
        tags: &["Kunstmatige intelligentie", "Algoritmes", "Data-analyse", "Privacy"],
        popularity: 6,
        created: (2023, 3, 6),
        subjects: &[
            "het algoritmeregister",
            "generatieve AI in het dagelijks werk",
            "een impactanalyse voor algoritmes",
            "datagedreven werken",
            "de Europese AI-verordening",
            "datageletterdheid bij collega's",
        ],
        paragraphs: &[
            "We hebben alle algoritmes die we gebruiken geïnventariseerd. Het waren er veel meer dan we dachten, van parkeercontrole tot het plannen van onderhoud.",
            "Generatieve AI gebruiken we bij {org} alleen met een afgeschermde omgeving en nooit met persoonsgegevens. Collega's krijgen eerst een korte training.",
            "Een impactanalyse vooraf kost een paar dagen, maar voorkomt dat je achteraf een systeem moet stilleggen.",
        ],
    },
    ThemeDef {
        name: "Digitale toegankelijkheid",
        summary: "Websites, apps en documenten die iedereen kan gebruiken, ook met een beperking.",
        description: "Overheden moeten hun websites en apps toegankelijk maken; dat is sinds 2018 vastgelegd in het Besluit digitale toegankelijkheid overheid. Maar vooral is het een kwestie van fatsoen: de overheid is er voor iedereen.\n\nIn deze groep delen webredacteuren, ontwikkelaars en inkopers kennis over WCAG, toegankelijke pdf's, formulieren, video en de toegankelijkheidsverklaring.",
        access: Open,
        tags: &["Digitale toegankelijkheid", "Dienstverlening", "Begrijpelijke taal"],
        popularity: 3,
        created: (2022, 9, 12),
        subjects: &[
            "toegankelijke pdf's",
            "de toegankelijkheidsverklaring",
            "een WCAG-onderzoek",
            "toegankelijke formulieren",
            "ondertiteling van video's",
        ],
        paragraphs: &[
            "Test met echte gebruikers. Een schermlezergebruiker vond in tien minuten meer problemen dan onze automatische scan in een maand.",
            "Publiceer liever een webpagina dan een pdf. Een pdf toegankelijk maken kost veel meer werk.",
            "Bij {org} is toegankelijkheid nu een eis in elke aanbesteding voor websites en apps.",
        ],
    },
    ThemeDef {
        name: "Klimaatadaptatie en water",
        summary: "Samen werken aan een omgeving die bestand is tegen hitte, droogte en wateroverlast.",
        description: "Hevige buien, lange droge periodes en hittegolven komen vaker voor. Gemeenten, waterschappen en provincies hebben elkaar nodig om daar iets aan te doen.\n\nIn deze groep delen we stresstesten, risicodialogen, groene schoolpleinen en afspraken tussen gemeente en waterschap.",
        access: Open,
        tags: &["Klimaatadaptatie", "Waterbeheer", "Ruimtelijke ordening", "Duurzaamheid"],
        popularity: 3,
        created: (2022, 5, 30),
        subjects: &[
            "hittestress in de wijk",
            "wateroverlast na hevige buien",
            "de klimaatstresstest",
            "groene schoolpleinen",
            "de samenwerking tussen gemeente en waterschap",
            "droogte op de hoge zandgronden",
        ],
        paragraphs: &[
            "De stresstest liet zien waar het water blijft staan. Maar pas toen we met bewoners door de straat liepen, begrepen we waarom.",
            "Tegels eruit, groen erin: het klinkt simpel, maar het vraagt afspraken over onderhoud die jarenlang standhouden.",
            "Gemeente en waterschap hebben in {town} nu één gezamenlijk aanspreekpunt voor wateroverlast. Inwoners hoeven niet meer uit te zoeken wie waarover gaat.",
        ],
    },
    ThemeDef {
        name: "Woo en informatiehuishouding",
        summary: "Actieve openbaarmaking, Woo-verzoeken en een informatiehuishouding die op orde is.",
        description: "Sinds 1 mei 2022 geldt de Wet open overheid (Woo). Overheden moeten meer informatie uit zichzelf openbaar maken en verzoeken sneller afhandelen. Dat lukt alleen met een goede informatiehuishouding.\n\nIn deze groep delen we werkwijzen voor Woo-verzoeken, actieve openbaarmaking, het archiveren van e-mail en chatberichten, en het lakken van documenten.",
        access: Open,
        tags: &["Woo", "Informatiehuishouding", "Open data", "Juridisch advies"],
        popularity: 4,
        created: (2022, 5, 2),
        subjects: &[
            "actieve openbaarmaking",
            "het afhandelen van Woo-verzoeken",
            "het archiveren van e-mail",
            "het informatiebeheerplan",
            "het lakken van documenten",
        ],
        paragraphs: &[
            "De helft van de tijd voor een Woo-verzoek gaat op aan zoeken. Een betere informatiehuishouding is dus de snelste manier om termijnen te halen.",
            "Bij {org} bellen we elke verzoeker binnen een week. Vaak blijkt de vraag kleiner dan het verzoek deed vermoeden.",
            "Actief openbaar maken is goedkoper dan reageren op verzoeken. Begin met de documenten waar het vaakst om wordt gevraagd.",
        ],
    },
];

/// The id of a theme: a prefix keeps it apart from its slug, which a moderator may change.
pub fn theme_id(def: &ThemeDef) -> ThemeId {
    ThemeId(format!("t-{}", slugify(def.name)))
}

/// The themes as model objects; member counts are filled in once memberships exist.
pub fn themes() -> Vec<Theme> {
    THEMES
        .iter()
        .map(|def| {
            let (y, m, d) = def.created;
            Theme {
                id: theme_id(def),
                slug: slugify(def.name),
                name: def.name.to_owned(),
                summary: def.summary.to_owned(),
                description: def.description.to_owned(),
                access: def.access,
                tags: def.tags.iter().map(|t| (*t).to_owned()).collect(),
                member_count: 0,
                created_at: clock::amsterdam(y, m, d, 10, 0),
            }
        })
        .collect()
}

/// The index of a theme by name; for the fixed parts of the network.
pub fn index_of(name: &str) -> Option<usize> {
    THEMES.iter().position(|t| t.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::EXPERTISE;

    #[test]
    fn theme_tags_are_expertise_tags() {
        for def in THEMES {
            for tag in def.tags {
                assert!(EXPERTISE.contains(tag), "{tag} of {}", def.name);
            }
        }
    }

    #[test]
    fn every_theme_has_words_for_posts() {
        for def in THEMES {
            assert!(def.subjects.len() >= 5, "{}", def.name);
            assert!(def.paragraphs.len() >= 3, "{}", def.name);
        }
    }
}
