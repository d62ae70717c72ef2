//! `calls keygen`: a new RSA key pair for Public Key Client Validation. The private key goes
//! to a file only its owner can read; the public key is printed, with the one command that
//! registers it with Twilio (whose answer holds the `CR…` SID the client signs with).

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use twilio_calls::client_validation::KeyPairPem;

#[derive(Args)]
pub struct KeygenArgs {
    /// Where to write the private key (PKCS#8 PEM, mode 0600).
    #[arg(long, default_value = "twilio_private_key.pem")]
    out: PathBuf,
    /// Replace the file if it exists.
    #[arg(long)]
    force: bool,
}

/// Writes the private key, prints the public key on stdout and how to register it on stderr.
pub fn keygen(args: KeygenArgs) -> Result<(), String> {
    let keys = KeyPairPem::generate().map_err(|e| e.to_string())?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if args.force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let shown = args.out.display();
    let mut file = options.open(&args.out).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            format!("{shown} exists: pass --force to replace it (the old key stops working)")
        }
        _ => format!("cannot write {shown}: {e}"),
    })?;
    file.write_all(keys.private_pem.as_bytes())
        .map_err(|e| format!("cannot write {shown}: {e}"))?;
    print!("{}", keys.public_pem);
    eprintln!(
        "Wrote the private key to {shown}. Register the public key (printed above) with:\n\n\
         curl -sS -X POST https://accounts.twilio.com/v1/Credentials/PublicKeys \\\n  \
         -u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\" --data-urlencode FriendlyName=calls \\\n  \
         --data-urlencode PublicKey@- <<'EOF'\n{}EOF\n\n\
         Its answer's \"sid\" (CR…) is the credential SID: sign with\n  \
         TWILIO_CREDENTIAL_SID=CR… TWILIO_PRIVATE_KEY_PATH={shown} (and an API key: \
         TWILIO_API_KEY, TWILIO_API_SECRET).",
        keys.public_pem
    );
    Ok(())
}
