//! The `sayso` command line.

use crate::config::Config;
use crate::demo;
use crate::startup::{open_database, serve};
use crate::{db, telemetry};
use clap::{Parser, Subcommand};
use std::io::Read;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "sayso", version, about = "Sayso: the voice of the child, heard and answered")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web pages and API (the default).
    Serve,
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Create the `demo` organisation with sample content and a demo officer.
    Demo,
    /// Manage organisations.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// Manage staff accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Write a consistent copy of the SQLite database to PATH, even while serving.
    Backup { path: String },
    /// Fill an organisation with made-up anonymous history, for benchmarks
    /// and trying reports (never on a live council's database).
    Generate {
        #[arg(long)]
        org: String,
        #[arg(long)]
        items: u64,
        /// Spread over this many years up to now.
        #[arg(long, default_value_t = 5)]
        years: u32,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Do nothing if this seed's history is already there.
        #[arg(long)]
        once: bool,
        /// Urgent messages per thousand (each with an acknowledged alert).
        #[arg(long, default_value_t = 10)]
        urgent_per_thousand: u32,
    },
    /// Check messages for words that suggest harm: one message per line on
    /// standard input, one JSON object per line on standard output,
    /// `{"text","urgent","category","how"}` (`how`: `phrase`, `meaning` or
    /// null). Exactly the check feedback and survey answers go through.
    HarmCheck {
        /// The language the messages are written in.
        #[arg(long, default_value = "en")]
        language: String,
        /// Check each line on its own and add `"micros"` (time taken) to
        /// its line, for `scripts/bench-harm`.
        #[arg(long)]
        timing: bool,
        /// For tuning: judge every written example against the others and
        /// print its margin (the model must be built in or in SAYSO_HARM_MODEL).
        #[arg(long, hide = true)]
        leave_one_out: bool,
        /// For tuning: print each line's vector (as the meaning layer reads it)
        /// and the phrase it matches, if any.
        #[arg(long, hide = true)]
        vectors: bool,
    },
    /// The data lifecycle.
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
}

#[derive(Subcommand)]
enum RetentionCommand {
    /// Remove the words, names and contact details of messages older than
    /// each organisation's retention period now (the server also does this
    /// every hour). --now YYYY-MM-DD runs it as if it were that day.
    Run {
        #[arg(long)]
        now: Option<String>,
    },
}

#[derive(Subcommand)]
enum OrgCommand {
    /// Add an organisation with the default themes.
    Add {
        slug: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a staff account (or reset its role and password). The password
    /// comes from SAYSO_PASSWORD or standard input.
    Add {
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
    },
}

pub const ROLES: &[&str] = &["admin", "officer", "safeguarding", "manager", "board"];
pub const MIN_PASSWORD_CHARS: usize = 10;

pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => open_database(&config)
            .await
            .map(|_| println!("The database is up to date.")),
        Command::Demo => run_demo(&config).await,
        Command::Org {
            command: OrgCommand::Add { slug, name },
        } => add_org(&config, &slug, &name).await,
        Command::User {
            command: UserCommand::Add { org, email, role },
        } => add_user(&config, &org, &email, &role).await,
        Command::Backup { path } => backup(&config, &path).await,
        Command::Generate {
            org,
            items,
            years,
            seed,
            once,
            urgent_per_thousand,
        } => generate(&config, &org, items, (years, seed), once, urgent_per_thousand).await,
        Command::Retention {
            command: RetentionCommand::Run { now },
        } => retention(&config, now.as_deref()).await,
        Command::HarmCheck {
            leave_one_out: true, ..
        } => leave_one_out(&config, false).await,
        Command::HarmCheck { vectors: true, .. } => leave_one_out(&config, true).await,
        Command::HarmCheck { language, timing, .. } => harm_check(&config, &language, timing).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

/// Starts the harm check's meaning layer as configured (in the
/// background); an error means the model named cannot be used, and the
/// caller must not go on.
pub fn start_harm_check(config: &Config) -> Result<(), String> {
    use crate::config::HarmModel;
    use crate::domain::harm::meaning;
    match &config.harm_model {
        HarmModel::Off => {
            tracing::warn!("harm check: SAYSO_HARM_MODEL=off, so only the phrase list reads messages");
            Ok(())
        }
        HarmModel::Dir(dir) => meaning::start(meaning::Source::Dir(dir.clone())),
        HarmModel::BuiltIn => match meaning::built_in() {
            Some(source) => meaning::start(source),
            None => Err(
                "this sayso was built without the harm check's model: set SAYSO_HARM_MODEL to the folder \
                 holding model.safetensors and tokenizer.json (scripts/install-tools fetches them), \
                 or SAYSO_HARM_MODEL=off to run with the phrase list only"
                    .into(),
            ),
        },
    }
}

async fn leave_one_out(config: &Config, vectors: bool) -> Result<(), String> {
    use crate::config::HarmModel;
    use crate::domain::harm::{self, meaning};
    let source = match &config.harm_model {
        HarmModel::Dir(dir) => meaning::Source::Dir(dir.clone()),
        _ => meaning::built_in().ok_or("no model built in")?,
    };
    tokio::task::spawn_blocking(move || {
        let encoder = meaning::load(&source)?;
        if vectors {
            use std::io::BufRead;
            let lines: Vec<String> = std::io::stdin().lock().lines().map_while(Result::ok).collect();
            for chunk in lines.chunks(32) {
                let prepared: Vec<String> = chunk.iter().map(|l| harm::prepare(l)).collect();
                for (text, v) in chunk.iter().zip(encoder.embed(&prepared)?) {
                    let phrase = harm::phrases::english().find(&harm::speak::expand(harm::phrases::words(text)));
                    let line = serde_json::json!({
                        "text": text, "vector": v, "phrase": phrase.as_ref().map(|p| p.category),
                        "weak": phrase.as_ref().map(|p| p.weak), "words": phrase.map(|p| p.words),
                    });
                    println!("{line}");
                }
            }
            return Ok(());
        }
        for (category, text, j) in meaning::leave_one_out(&encoder)? {
            let phrase = harm::phrases::english().find(&harm::speak::expand(harm::phrases::words(text)));
            let line = serde_json::json!({
                "category": category, "text": text, "margin": j.margin, "nearest": j.category,
                "example": j.example, "phrase": phrase.as_ref().map(|p| p.category),
                "weak": phrase.as_ref().map(|p| p.weak), "words": phrase.map(|p| p.words),
            });
            println!("{line}");
        }
        Ok(())
    })
    .await
    .map_err(|e| e.to_string())?
}

async fn harm_check(config: &Config, language: &str, timing: bool) -> Result<(), String> {
    use std::io::{BufRead, Write};
    let language = app::i18n::language_code(language)
        .ok_or_else(|| format!("unknown language \"{language}\""))?
        .to_string();
    start_harm_check(config)?;
    tokio::task::spawn_blocking(move || {
        use crate::domain::harm;
        let stdin = std::io::stdin();
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let mut lines = stdin.lock().lines();
        let print = |out: &mut std::io::BufWriter<_>, text: &str, v: &harm::Verdict, micros: Option<u128>| {
            let how = match v.how_name() {
                Some(h @ ("phrase" | "meaning")) => serde_json::Value::from(h),
                _ => serde_json::Value::Null,
            };
            let mut line = serde_json::json!({
                "text": text, "urgent": v.urgent, "category": v.category, "how": how,
                "detail": v.detail(), "checked": v.how != harm::How::NotChecked,
            });
            if let Some(m) = micros {
                line["micros"] = (m as u64).into();
            }
            writeln!(out, "{line}")
        };
        loop {
            // Up to 32 lines at a time: the meaning layer reads them as one batch.
            let mut chunk = Vec::new();
            for line in lines.by_ref() {
                chunk.push(line.map_err(|e| format!("cannot read standard input: {e}"))?);
                if chunk.len() == 32 || timing {
                    break;
                }
            }
            if chunk.is_empty() {
                break;
            }
            let started = std::time::Instant::now();
            let pairs: Vec<(&str, &str)> = chunk.iter().map(|t| (t.as_str(), language.as_str())).collect();
            let verdicts = harm::check_many(&pairs);
            let micros = timing.then(|| started.elapsed().as_micros());
            for (text, v) in chunk.iter().zip(&verdicts) {
                print(&mut out, text, v, micros).map_err(|e| format!("cannot write: {e}"))?;
            }
        }
        out.flush().map_err(|e| format!("cannot write: {e}"))
    })
    .await
    .map_err(|e| e.to_string())?
}

fn fail(message: &str) -> ExitCode {
    eprintln!("sayso: {message}");
    ExitCode::FAILURE
}

async fn run_demo(config: &Config) -> Result<(), String> {
    let db = open_database(config).await?;
    let hash = crate::service::staff::hash_password(demo::DEMO_OFFICER_PASSWORD.to_string()).await?;
    let lead_hash = crate::service::staff::hash_password(demo::DEMO_SAFEGUARDING_PASSWORD.to_string()).await?;
    demo::ensure_demo(&db, &hash, &lead_hash)
        .await
        .map_err(|e| format!("cannot create the demo: {e}"))?;
    println!("The demo organisation is ready: /{}", demo::DEMO_SLUG);
    println!(
        "Demo officer: {} / {}",
        demo::DEMO_OFFICER_EMAIL,
        demo::DEMO_OFFICER_PASSWORD
    );
    println!(
        "Demo safeguarding lead: {} / {}",
        demo::DEMO_SAFEGUARDING_EMAIL,
        demo::DEMO_SAFEGUARDING_PASSWORD
    );
    Ok(())
}

async fn generate(
    config: &Config,
    org: &str,
    items: u64,
    (years, seed): (u32, u64),
    once: bool,
    urgent_per_thousand: u32,
) -> Result<(), String> {
    let db = open_database(config).await?;
    let Some(org) = crate::db::orgs::by_slug(&db, org).await.map_err(|e| e.to_string())? else {
        return Err(format!("there is no organisation called \"{org}\""));
    };
    let prefix = format!("generated{seed}");
    if once
        && crate::db::generate::made_before(&db, org.id, &prefix)
            .await
            .map_err(|e| e.to_string())?
            > 0
    {
        println!("{} already has history from seed {seed}", org.slug);
        return Ok(());
    }
    let started = std::time::Instant::now();
    let until = crate::now();
    let plan = crate::db::generate::Plan {
        items,
        from: until - i64::from(years) * 365 * 86_400,
        until,
        urgent_per_thousand,
        seed,
        prefix: &prefix,
    };
    let made = crate::db::generate::history(&db, org.id, &plan)
        .await
        .map_err(|e| e.to_string())?;
    println!(
        "generated {made} messages over {years} years for {} in {:.1} s",
        org.slug,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn add_org(config: &Config, slug: &str, name: &str) -> Result<(), String> {
    if !demo::valid_slug(slug) {
        return Err(format!(
            "\"{slug}\" cannot be used: use 2-40 lowercase letters, digits and dashes (and not api, staff or pkg)"
        ));
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err("the name must be 1-200 characters".into());
    }
    let db = open_database(config).await?;
    let details = demo::OrgDetails {
        slug,
        name,
        term_in_care: "children in care",
        out_of_hours_phone: "",
        advocacy_contact: "",
        complaints_contact: "",
    };
    match demo::create_org(&db, &details).await.map_err(|e| e.to_string())? {
        Some(_) => {
            println!("Added {name} at /{slug} with the default themes.");
            eprintln!(
                "WARNING: {slug} has no safeguarding user yet, so urgent messages reach nobody.\n\
                 Add one now: sayso user add --org {slug} --email EMAIL --role safeguarding\n\
                 (or set a safeguarding inbox on the admin page; see docs/alerts.md)."
            );
            Ok(())
        }
        None => Err(format!("an organisation called \"{slug}\" already exists")),
    }
}

async fn add_user(config: &Config, org: &str, email: &str, role: &str) -> Result<(), String> {
    if !ROLES.contains(&role) {
        return Err(format!("unknown role \"{role}\": choose one of {}", ROLES.join(", ")));
    }
    let email = crate::domain::Email::parse(email).ok_or_else(|| format!("\"{email}\" is not an email address"))?;
    let password = match std::env::var("SAYSO_PASSWORD") {
        Ok(p) if !p.is_empty() => p,
        _ => {
            let mut p = String::new();
            std::io::stdin()
                .read_to_string(&mut p)
                .map_err(|e| format!("cannot read the password: {e}"))?;
            p.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(format!("the password must be at least {MIN_PASSWORD_CHARS} characters"));
    }
    let db = open_database(config).await?;
    let org_row = db::orgs::by_slug(&db, org).await.map_err(|e| e.to_string())?;
    let org_row = org_row.ok_or_else(|| format!("there is no organisation called \"{org}\""))?;
    let hash = crate::service::staff::hash_password(password).await?;
    let email_lower = email.as_str().to_lowercase();
    match db::users::upsert(&db, org_row.id, &email_lower, role, &hash, crate::now()).await {
        Ok(Some(_)) => {
            println!("{email_lower} can now sign in to {org} as {role}.");
            Ok(())
        }
        Ok(None) => Err(format!("{email_lower} already belongs to another organisation")),
        Err(e) => Err(e.to_string()),
    }
}

async fn backup(config: &Config, path: &str) -> Result<(), String> {
    if std::path::Path::new(path).exists() {
        return Err(format!("{path} already exists; choose a new file"));
    }
    let db = open_database(config).await?;
    db.backup_to(path).await.map_err(|e| format!("backup failed: {e}"))?;
    println!("Backed up to {path}");
    Ok(())
}

async fn retention(config: &Config, now: Option<&str>) -> Result<(), String> {
    let now = match now {
        None => crate::now(),
        Some(day) => chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
            .map_err(|_| format!("--now must be a date like 2026-01-31, not {day}"))?
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc().timestamp())
            .unwrap_or_default(),
    };
    let db = open_database(config).await?;
    let done = crate::service::lifecycle::run_retention(&db, now)
        .await
        .map_err(|e| format!("retention failed: {e}"))?;
    crate::email::forget(&config.outbox_dir, &done.email_ids).await;
    println!(
        "Retention: {} messages anonymised, {} sent emails deleted.",
        done.messages, done.emails
    );
    Ok(())
}
