//! The WebAssembly entry point: hydrates the islands on the page (the
//! read-aloud buttons) and nothing else.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
