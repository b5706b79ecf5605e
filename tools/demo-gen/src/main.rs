//! `demo-gen [--large] <folder>`: writes a generated network as StaticJson files.
//!
//! ```text
//! cargo run -p demo-gen --release -- public/data
//! cargo run -p demo-gen --release -- --large bench-data/data
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use demo_gen::{generate, Size};

const USAGE: &str = "usage: demo-gen [--large] <folder>\n\n\
    Writes the demo network (or with --large: 10 000 members, 50 000 posts) as JSON files into <folder>.";

fn parse(args: &[String]) -> Result<(Size, PathBuf), String> {
    let mut size = Size::Small;
    let mut dir = None;
    for arg in args {
        match arg.as_str() {
            "--large" => size = Size::Large,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}\n\n{USAGE}")),
            path if dir.is_none() => dir = Some(PathBuf::from(path)),
            extra => return Err(format!("unexpected argument {extra}\n\n{USAGE}")),
        }
    }
    dir.map(|d| (size, d)).ok_or_else(|| USAGE.to_owned())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (size, dir) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let network = generate(size);
    match network.write_to(&dir) {
        Ok(written) => {
            for (name, bytes) in written {
                println!("{:>12} bytes  {}", bytes, dir.join(name).display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("demo-gen: cannot write to {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
