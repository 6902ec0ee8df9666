//! The WebAssembly entry point: hydrates the islands on the page (the
//! read-aloud buttons) and nothing else.

// The islands are exported from the `app` crate; naming it here makes sure
// the linker keeps them in the bundle.
extern crate app;
#[allow(unused_imports)]
pub use app::islands::*;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
