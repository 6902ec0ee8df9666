// The harm check's model, built in so `sayso` runs with nothing beside it
// (build.rs finds and checks the files; empty when built without them).
static HARM_SAFETENSORS: &[u8] = include_bytes!(env!("SAYSO_HARM_SAFETENSORS"));
static HARM_TOKENIZER: &[u8] = include_bytes!(env!("SAYSO_HARM_TOKENIZER"));

fn main() -> std::process::ExitCode {
    // Before any thread starts: it sets an environment variable.
    sayso::domain::harm::meaning::use_one_thread_per_worker();
    sayso::domain::harm::meaning::set_built_in(HARM_SAFETENSORS, HARM_TOKENIZER);
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("cannot start the async runtime")
        .block_on(sayso::cli::run())
}
