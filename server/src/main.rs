// The harm check's model, built in so `sayso` runs with nothing beside it
// (build.rs finds and checks the files; empty when built without them).
static HARM_SAFETENSORS: &[u8] = include_bytes!(env!("SAYSO_HARM_SAFETENSORS"));
static HARM_TOKENIZER: &[u8] = include_bytes!(env!("SAYSO_HARM_TOKENIZER"));

#[tokio::main]
async fn main() -> std::process::ExitCode {
    sayso::domain::harm::meaning::set_built_in(HARM_SAFETENSORS, HARM_TOKENIZER);
    sayso::cli::run().await
}
