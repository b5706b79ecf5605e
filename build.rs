//! Collects every component's scoped `style!` block into one stylesheet, which a
//! trunk hook copies into the build.

fn main() {
    stylers::build(Some(String::from("./target/stylers.css")));
}
