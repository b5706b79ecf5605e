//! Text normalisation for search: case- and accent-insensitive word matching.

/// Lower-cases and strips diacritics: "José" → "jose", "Fryslân" → "fryslan", "Ĳssel" → "ijssel".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match fold_char(ch) {
            Some(s) => out.push_str(s),
            None => out.extend(ch.to_lowercase()),
        }
    }
    out
}

/// The words of `text` after [`fold`]: runs of letters and digits; apostrophes, dashes and
/// other punctuation separate words, so "'s-Hertogenbosch" has the words "s" and "hertogenbosch".
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    fold_words(fold(text))
}

fn fold_words(folded: String) -> impl Iterator<Item = String> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
}

/// True when every query word is the start of some word in `haystack` (both already folded words).
pub fn matches_prefixes(query: &[String], haystack: &[String]) -> bool {
    query
        .iter()
        .all(|q| haystack.iter().any(|word| word.starts_with(q.as_str())))
}

/// Builds `?a=1&b=x%20y` from pairs, percent-encoding everything but unreserved characters;
/// empty for no pairs.
pub fn query_string(params: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in params.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(&percent_encode(name));
        out.push('=');
        out.push_str(&percent_encode(value));
    }
    out
}

/// Percent-encodes everything but unreserved characters, for a query value or a path segment.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Parses `?a=1&b=x%20y` (also `+` for space) into pairs; malformed escapes are kept literally.
pub fn parse_query_string(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect()
}

/// Undoes percent-encoding (and `+` for space); malformed escapes are kept literally.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match text.get(i + 1..i + 3).and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
                Some(byte) => {
                    out.push(byte);
                    i += 3;
                    continue;
                }
                None => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn fold_char(ch: char) -> Option<&'static str> {
    Some(match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' => "a",
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'Ē' | 'ę' | 'Ę' | 'ě' | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'Ī' => "i",
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'Ō' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'Ū' | 'ů' | 'Ů' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'š' | 'Š' | 'ś' | 'Ś' | 'ş' | 'Ş' => "s",
        'ž' | 'Ž' | 'ź' | 'Ź' | 'ż' | 'Ż' => "z",
        'ł' | 'Ł' => "l",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ĳ' | 'Ĳ' => "ij",
        '’' | '‘' | '`' | '´' => "'",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<String> {
        words(text).collect()
    }

    /// The same cases the PocketBase hook's fold is tested on (tests/backend/fold.test.mjs),
    /// so both backends find the same members.
    #[test]
    fn folds_like_the_server_does() {
        #[derive(serde::Deserialize)]
        struct Case {
            text: String,
            fold: String,
            words: Vec<String>,
        }
        let cases: Vec<Case> = serde_json::from_str(include_str!("../../tests/fixtures/fold.json")).unwrap();
        assert!(cases.len() >= 25);
        for case in cases {
            assert_eq!(fold(&case.text), case.fold, "fold({:?})", case.text);
            assert_eq!(w(&case.text), case.words, "words({:?})", case.text);
        }
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("José Müller-Ĳzerman"), "jose muller-ijzerman");
        assert_eq!(fold("Fryslân"), "fryslan");
    }

    #[test]
    fn splits_on_apostrophes_and_dashes() {
        assert_eq!(w("'s-Hertogenbosch"), ["s", "hertogenbosch"]);
        assert_eq!(w("Zuid-Holland, 2.0"), ["zuid", "holland", "2", "0"]);
    }

    #[test]
    fn query_strings_round_trip() {
        let params = [("q", "José & co".to_owned()), ("x", "a=b+c".to_owned())];
        let search = query_string(&params);
        assert_eq!(search, "?q=Jos%C3%A9%20%26%20co&x=a%3Db%2Bc");
        let parsed = parse_query_string(&search);
        assert_eq!(
            parsed,
            [
                ("q".to_owned(), "José & co".to_owned()),
                ("x".to_owned(), "a=b+c".to_owned())
            ]
        );
        assert_eq!(
            parse_query_string("?q=100%&r=a+b"),
            [("q".to_owned(), "100%".to_owned()), ("r".to_owned(), "a b".to_owned())]
        );
        assert_eq!(query_string(&[]), "");
    }

    #[test]
    fn every_query_word_must_prefix_some_word() {
        let hay = w("José de Groot, Gemeente 's-Hertogenbosch, beleidsadviseur");
        assert!(matches_prefixes(&w("jose"), &hay));
        assert!(matches_prefixes(&w("s-hertogenbosch"), &hay));
        assert!(matches_prefixes(&w("groot beleid"), &hay));
        assert!(!matches_prefixes(&w("groot utrecht"), &hay));
        assert!(
            !matches_prefixes(&w("oot"), &hay),
            "matching is by prefix, not substring"
        );
        assert!(matches_prefixes(&[], &hay), "an empty query matches everyone");
    }
}
