//! The only code that runs in the browser. Each island renders hidden on
//! the server and shows itself once it has hydrated, so nobody without
//! JavaScript sees a button that does nothing.

use leptos::prelude::*;

/// Reads the text of the element with id `target` aloud with the browser's
/// own speech synthesis, for children who are still learning to read, in a
/// voice for the page's language (`<html lang>`). A phone with no such
/// voice says so (`no_voice`, in the page's language) rather than reading
/// the words wrongly in another language's voice.
#[island]
pub fn ReadAloud(target: String, label: String, stop_label: String, no_voice: String) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (speaking, set_speaking) = signal(false);
    let (voiceless, set_voiceless) = signal(false);
    Effect::new(move |_| set_ready.set(speech::available()));
    let toggle = move |_| {
        if speaking.get_untracked() {
            speech::stop();
            set_speaking.set(false);
            return;
        }
        match speech::speak(&target, move || set_speaking.set(false)) {
            speech::Spoken::Started => set_speaking.set(true),
            speech::Spoken::NoVoice => set_voiceless.set(true),
            speech::Spoken::Failed => {}
        }
    };
    view! {
        <button type="button" class="read-aloud" hidden=move || !ready.get() on:click=toggle
            aria-pressed=move || speaking.get().to_string()>
            <span aria-hidden="true">"🔊 "</span>
            {move || if speaking.get() { stop_label.clone() } else { label.clone() }}
        </button>
        <p class="no-voice" role="status" hidden=move || !voiceless.get()>{no_voice}</p>
    }
}

/// Whether a voice's language tag (`ar-SA`, `fa_IR`) reads a page in `lang`.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn voice_reads(voice_lang: &str, lang: &str) -> bool {
    let primary = voice_lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    primary == lang || (lang == "fa" && primary == "prs") || (lang == "ps" && (primary == "pbt" || primary == "pbu"))
}

/// The words to say: emoji and symbols are pictures for the eye, and a
/// voice would read their names ("sparkling heart") aloud.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn speakable(text: &str) -> String {
    text.chars()
        .filter(|c| {
            let n = *c as u32;
            !((0x1F000..=0x1FAFF).contains(&n)
                || (0x2600..=0x27BF).contains(&n)
                || (0x2B00..=0x2BFF).contains(&n)
                || n == 0xFE0F
                || n == 0x200D)
        })
        .collect()
}

#[cfg(feature = "hydrate")]
mod speech {
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{HtmlElement, SpeechSynthesisUtterance, SpeechSynthesisVoice};

    pub enum Spoken {
        Started,
        NoVoice,
        Failed,
    }

    fn synth() -> Option<web_sys::SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    pub fn available() -> bool {
        // Asking once starts the phone loading its voices, so they are
        // there by the time the button is pressed.
        synth().map(|s| s.get_voices()).is_some()
    }

    pub fn stop() {
        if let Some(s) = synth() {
            s.cancel();
        }
    }

    /// Starts reading in a voice for the page's language.
    pub fn speak(target: &str, on_end: impl Fn() + 'static) -> Spoken {
        let Some(synth) = synth() else { return Spoken::Failed };
        let Some(text) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(target))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            .map(|e| e.inner_text())
        else {
            return Spoken::Failed;
        };
        let lang = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .unwrap_or_else(|| "en".into());
        let voices = synth.get_voices();
        let Some(voice) = voices
            .iter()
            .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
            .find(|v| super::voice_reads(&v.lang(), &lang))
        else {
            return Spoken::NoVoice;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&super::speakable(&text)) else {
            return Spoken::Failed;
        };
        // Set through Reflect: a browser that hands out odd voice objects
        // must not stop the reading (the language alone still picks one).
        let _ = js_sys::Reflect::set(&utterance, &"voice".into(), &voice);
        utterance.set_lang(&voice.lang());
        let end = Closure::<dyn Fn()>::new(on_end);
        utterance.set_onend(Some(end.as_ref().unchecked_ref()));
        end.forget();
        synth.cancel();
        synth.speak(&utterance);
        Spoken::Started
    }
}

#[cfg(not(feature = "hydrate"))]
mod speech {
    pub enum Spoken {
        #[allow(dead_code)]
        Started,
        #[allow(dead_code)]
        NoVoice,
        Failed,
    }
    pub fn available() -> bool {
        false
    }
    pub fn stop() {}
    pub fn speak(_target: &str, _on_end: impl Fn() + 'static) -> Spoken {
        Spoken::Failed
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_voice_is_matched_by_its_language_not_its_region() {
        assert!(super::voice_reads("ar-SA", "ar"));
        assert!(super::voice_reads("fa_IR", "fa"));
        assert!(super::voice_reads("prs-AF", "fa"));
        assert!(super::voice_reads("en-GB", "en"));
        assert!(!super::voice_reads("en-GB", "ti"));
        assert!(!super::voice_reads("", "cy"));
    }

    #[test]
    fn pictures_are_not_read_out() {
        assert_eq!(super::speakable("⭐ Something good 💞🛡️"), " Something good ");
        assert_eq!(super::speakable("ትግርኛ فارسی"), "ትግርኛ فارسی");
    }
}
