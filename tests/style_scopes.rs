//! stylers derives a component's scope class only from the *number of
//! non-whitespace characters* in its `style!` block, so two blocks of equal
//! length share a class and each leaks its rules into the other component.
//! This test recomputes every class the way stylers does and fails on a clash.
//! It also fails on a `style!` that `stylers::build` would not see (it only
//! reads `let x = style! {..}` at the top level of a function body).

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use syn::visit::Visit;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `style!` invocation anywhere in a file.
#[derive(Default)]
struct AllStyles(Vec<String>);

impl<'ast> Visit<'ast> for AllStyles {
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if mac.path.segments.last().is_some_and(|s| s.ident == "style") {
            self.0.push(mac.tokens.to_string());
        }
        syn::visit::visit_macro(self, mac);
    }
}

/// The `style!` blocks `stylers::build` collects: `let x = style! {..}` directly in a top-level fn.
fn collected_by_build(file: &syn::File) -> Vec<String> {
    let mut found = Vec::new();
    for item in &file.items {
        let syn::Item::Fn(function) = item else { continue };
        for stmt in &function.block.stmts {
            let syn::Stmt::Local(local) = stmt else { continue };
            let Some(init) = &local.init else { continue };
            let syn::Expr::Macro(expr) = init.expr.as_ref() else {
                continue;
            };
            if expr.mac.path.segments.last().is_some_and(|s| s.ident == "style") {
                found.push(expr.mac.tokens.to_string());
            }
        }
    }
    found
}

#[test]
fn every_component_has_its_own_scope_class() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut classes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut total = 0;
    for path in &files {
        let source = std::fs::read_to_string(path).expect("source is readable");
        let file = syn::parse_file(&source).expect("source parses");
        let mut all = AllStyles::default();
        all.visit_file(&file);
        let collected = collected_by_build(&file);
        assert_eq!(
            all.0.len(),
            collected.len(),
            "{}: a style! block is not a top-level `let` in a function, so stylers::build writes no CSS for it",
            path.display()
        );
        for tokens in all.0 {
            total += 1;
            let class = stylers_core::Class::rand_class_from_seed(tokens).as_name().to_owned();
            classes.entry(class).or_default().push(path.display().to_string());
        }
    }
    assert!(total > 5, "expected the components' style! blocks, found {total}");
    let clashes: Vec<_> = classes.iter().filter(|(_, places)| places.len() > 1).collect();
    assert!(
        clashes.is_empty(),
        "style! blocks sharing a scope class (change one block's length): {clashes:?}"
    );
}
