//! PocketBase filter expressions (`title ~ 'x' && theme = 'abc'`) built from typed
//! parts, so user text can never change the expression's meaning.

use std::fmt;

/// A value on the right of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(i64),
    Bool(bool),
    Null,
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Number(n)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // PocketBase strings are single-quoted; a backslash escapes the next character.
            Value::Text(text) => {
                f.write_str("'")?;
                for ch in text.chars() {
                    match ch {
                        '\'' | '\\' => write!(f, "\\{ch}")?,
                        // Control characters have no business in a filter; a space keeps words apart.
                        c if c.is_control() => f.write_str(" ")?,
                        c => write!(f, "{c}")?,
                    }
                }
                f.write_str("'")
            }
            Value::Number(n) => write!(f, "{n}"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Null => f.write_str("null"),
        }
    }
}

/// A filter expression. Field names are `&'static str`: they come from our code, never from input.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    Equals(&'static str, Value),
    NotEquals(&'static str, Value),
    /// Case-insensitive "contains" (`~`).
    Contains(&'static str, Value),
    GreaterOrEqual(&'static str, Value),
    Less(&'static str, Value),
    All(Vec<Filter>),
    Any(Vec<Filter>),
}

impl Filter {
    pub fn eq(field: &'static str, value: impl Into<Value>) -> Self {
        Filter::Equals(field, value.into())
    }

    pub fn contains(field: &'static str, value: impl Into<Value>) -> Self {
        Filter::Contains(field, value.into())
    }

    /// The query string value, or `None` when nothing is filtered.
    pub fn render(&self) -> Option<String> {
        let text = self.to_string();
        (!text.is_empty()).then_some(text)
    }
}

impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let group = |f: &mut fmt::Formatter<'_>, parts: &[Filter], joiner: &str| -> fmt::Result {
            let rendered: Vec<String> = parts
                .iter()
                .map(ToString::to_string)
                .filter(|p| !p.is_empty())
                .collect();
            match rendered.as_slice() {
                [] => Ok(()),
                [one] => f.write_str(one),
                many => write!(f, "({})", many.join(joiner)),
            }
        };
        match self {
            Filter::Equals(field, value) => write!(f, "{field} = {value}"),
            Filter::NotEquals(field, value) => write!(f, "{field} != {value}"),
            Filter::Contains(field, Value::Text(text)) => write!(f, "{field} ~ {}", Value::Text(like_literal(text))),
            Filter::Contains(field, value) => write!(f, "{field} ~ {value}"),
            Filter::GreaterOrEqual(field, value) => write!(f, "{field} >= {value}"),
            Filter::Less(field, value) => write!(f, "{field} < {value}"),
            Filter::All(parts) => group(f, parts, " && "),
            Filter::Any(parts) => group(f, parts, " || "),
        }
    }
}

/// `~` is SQL `LIKE` (escape character `\`): typed `%` and `_` must match themselves,
/// or a search for "%" would list everyone.
fn like_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparisons_render_in_pocketbase_syntax() {
        let filter = Filter::All(vec![
            Filter::eq("theme", "t-open-data"),
            Filter::Any(vec![Filter::contains("title", "woo"), Filter::contains("body", "woo")]),
            Filter::eq("hidden", false),
        ]);
        assert_eq!(
            filter.render().as_deref(),
            Some("(theme = 't-open-data' && (title ~ 'woo' || body ~ 'woo') && hidden = false)")
        );
    }

    #[test]
    fn quotes_and_backslashes_in_user_text_cannot_escape_the_string() {
        let attack = Filter::contains("name", "x' || id != '");
        assert_eq!(attack.to_string(), r"name ~ 'x\' || id != \''");
        let trailing_backslash = Filter::eq("name", "a\\");
        assert_eq!(trailing_backslash.to_string(), r"name = 'a\\'");
        // In `~` the backslash is first made a literal LIKE character, then quoted.
        let in_like = Filter::contains("name", "a\\");
        assert_eq!(in_like.to_string(), r"name ~ 'a\\\\'");
        let control = Filter::eq("name", "a\nb");
        assert_eq!(control.to_string(), "name = 'a b'");
    }

    #[test]
    fn empty_groups_vanish() {
        assert_eq!(Filter::All(vec![]).render(), None);
        assert_eq!(
            Filter::All(vec![Filter::Any(vec![]), Filter::eq("a", 1)]).to_string(),
            "a = 1"
        );
    }

    #[test]
    fn contains_matches_wildcards_literally() {
        assert_eq!(Filter::contains("name", "50%").to_string(), r"name ~ '50\\%'");
        assert_eq!(Filter::contains("name", "a_b").to_string(), r"name ~ 'a\\_b'");
        assert_eq!(Filter::eq("name", "50%").to_string(), "name = '50%'");
    }
}
