//! Organisations in the network and the twelve provinces they sit in.

use super::ids::OrganisationId;
use serde::{Deserialize, Serialize};

/// What kind of government body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Gemeente,
    Provincie,
    Waterschap,
    Rijk,
    Samenwerkingsverband,
    Overig,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 6] = [
        Self::Gemeente,
        Self::Provincie,
        Self::Waterschap,
        Self::Rijk,
        Self::Samenwerkingsverband,
        Self::Overig,
    ];

    /// The value used on the wire and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Gemeente => "gemeente",
            Self::Provincie => "provincie",
            Self::Waterschap => "waterschap",
            Self::Rijk => "rijk",
            Self::Samenwerkingsverband => "samenwerkingsverband",
            Self::Overig => "overig",
        }
    }

    /// Reads a kind from its wire or URL value.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }
}

/// The twelve Dutch provinces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Province {
    Groningen,
    Fryslan,
    Drenthe,
    Overijssel,
    Flevoland,
    Gelderland,
    Utrecht,
    NoordHolland,
    ZuidHolland,
    Zeeland,
    NoordBrabant,
    Limburg,
}

impl Province {
    pub const ALL: [Province; 12] = [
        Self::Groningen,
        Self::Fryslan,
        Self::Drenthe,
        Self::Overijssel,
        Self::Flevoland,
        Self::Gelderland,
        Self::Utrecht,
        Self::NoordHolland,
        Self::ZuidHolland,
        Self::Zeeland,
        Self::NoordBrabant,
        Self::Limburg,
    ];

    /// The value used on the wire and in URLs (`noord-holland`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Groningen => "groningen",
            Self::Fryslan => "fryslan",
            Self::Drenthe => "drenthe",
            Self::Overijssel => "overijssel",
            Self::Flevoland => "flevoland",
            Self::Gelderland => "gelderland",
            Self::Utrecht => "utrecht",
            Self::NoordHolland => "noord-holland",
            Self::ZuidHolland => "zuid-holland",
            Self::Zeeland => "zeeland",
            Self::NoordBrabant => "noord-brabant",
            Self::Limburg => "limburg",
        }
    }

    /// The official name, the same in every language (Fryslân is its official name).
    pub fn name(self) -> &'static str {
        match self {
            Self::Groningen => "Groningen",
            Self::Fryslan => "Fryslân",
            Self::Drenthe => "Drenthe",
            Self::Overijssel => "Overijssel",
            Self::Flevoland => "Flevoland",
            Self::Gelderland => "Gelderland",
            Self::Utrecht => "Utrecht",
            Self::NoordHolland => "Noord-Holland",
            Self::ZuidHolland => "Zuid-Holland",
            Self::Zeeland => "Zeeland",
            Self::NoordBrabant => "Noord-Brabant",
            Self::Limburg => "Limburg",
        }
    }

    /// Parses the wire/URL value; `None` for anything else.
    pub fn parse(value: &str) -> Option<Province> {
        Self::ALL.into_iter().find(|p| p.as_str() == value)
    }
}

/// A government body whose employees take part in the network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub kind: OrganisationKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<Province>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_province_round_trips_through_its_url_value() {
        for province in Province::ALL {
            assert_eq!(Province::parse(province.as_str()), Some(province));
        }
        assert_eq!(Province::parse("Vlaanderen"), None);
    }

    #[test]
    fn province_serialises_as_its_url_value() {
        let json = serde_json::to_string(&Province::NoordBrabant).unwrap();
        assert_eq!(json, "\"noord-brabant\"");
    }
}
