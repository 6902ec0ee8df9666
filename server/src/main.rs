#[tokio::main]
async fn main() -> std::process::ExitCode {
    sayso::cli::run().await
}
