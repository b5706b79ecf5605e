//! Mounts a widget (`embed.html`, for `/embed/…`): the app's widget views without the
//! app around them.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(knooppunt::embed::EmbedApp);
}
