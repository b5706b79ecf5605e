//! Filling the placeholders of text templates.

/// What a template may refer to.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    pub subject: &'a str,
    pub town: &'a str,
    pub org: &'a str,
    pub theme: &'a str,
    pub name: &'a str,
}

/// Replaces `{subject}`, `{Subject}` (capitalised), `{town}`, `{org}`, `{theme}` and `{name}`.
pub fn fill(template: &str, cx: &Context) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        match &after[..end] {
            "subject" => out.push_str(cx.subject),
            "Subject" => out.push_str(&capitalise(cx.subject)),
            "town" => out.push_str(cx.town),
            "org" => out.push_str(cx.org),
            "theme" => out.push_str(cx.theme),
            "name" => out.push_str(cx.name),
            other => {
                // Not a placeholder: keep the braces as written.
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The first letter in upper case: "het omgevingsplan" → "Het omgevingsplan".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_known_placeholders_only() {
        let cx = Context {
            subject: "het omgevingsplan",
            town: "Zwolle",
            ..Default::default()
        };
        assert_eq!(fill("{Subject} in {town}", &cx), "Het omgevingsplan in Zwolle");
        assert_eq!(fill("{x} en {", &cx), "{x} en {");
    }
}
