//! The only code that runs in the browser. Each island renders hidden on
//! the server and shows itself once it has hydrated, so nobody without
//! JavaScript sees a button that does nothing.

use leptos::prelude::*;

/// Reads the text of the element with id `target` aloud with the browser's
/// own speech synthesis, for children who are still learning to read.
#[island]
pub fn ReadAloud(target: String, label: String, stop_label: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (speaking, set_speaking) = signal(false);
    Effect::new(move |_| set_ready.set(speech::available()));
    let toggle = move |_| {
        if speaking.get_untracked() {
            speech::stop();
            set_speaking.set(false);
        } else {
            set_speaking.set(speech::speak(&target, move || set_speaking.set(false)));
        }
    };
    view! {
        <button type="button" class="read-aloud" hidden=move || !ready.get() on:click=toggle
            aria-pressed=move || speaking.get().to_string()>
            <span aria-hidden="true">"🔊 "</span>
            {move || if speaking.get() { stop_label.clone() } else { label.clone() }}
        </button>
    }
}

#[cfg(feature = "hydrate")]
mod speech {
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{HtmlElement, SpeechSynthesisUtterance};

    fn synth() -> Option<web_sys::SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    pub fn available() -> bool {
        synth().is_some()
    }

    pub fn stop() {
        if let Some(s) = synth() {
            s.cancel();
        }
    }

    /// Starts reading; returns whether it started.
    pub fn speak(target: &str, on_end: impl Fn() + 'static) -> bool {
        let Some(synth) = synth() else { return false };
        let Some(text) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(target))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            .map(|e| e.inner_text())
        else {
            return false;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text) else {
            return false;
        };
        let lang = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .unwrap_or_else(|| "en".into());
        utterance.set_lang(&lang);
        let end = Closure::<dyn Fn()>::new(on_end);
        utterance.set_onend(Some(end.as_ref().unchecked_ref()));
        end.forget();
        synth.cancel();
        synth.speak(&utterance);
        true
    }
}

#[cfg(not(feature = "hydrate"))]
mod speech {
    pub fn available() -> bool {
        false
    }
    pub fn stop() {}
    pub fn speak(_target: &str, _on_end: impl Fn() + 'static) -> bool {
        false
    }
}
