//! The API's subcommands, built when the tool starts from the operation descriptions the SDK
//! generates from Twilio's spec ([`DESCRIPTIONS`]): one subcommand per operation, one flag per
//! parameter with the spec's text as its help. A spec that adds an operation or a parameter
//! reaches the tool through `cargo xtask regen` with no edit here.
//!
//! Names: the calls' own operations are top-level (`calls create`); a collection below a call
//! is a group named as its [`Calls`](twilio_calls::Calls) accessor (`calls recordings
//! list`), each action named as the handler method. Flags are the setters' names
//! (`--start-time-before` for `StartTime<`), as twilio-cli spells them too.

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command};
use twilio_calls::operations::DESCRIPTIONS;
use twilio_calls::{Client, DynamicRequest, Location, OperationDescription, ParameterDescription};

/// Parameters a list sets itself from the page links it follows.
const PAGE_LINK_PARAMETERS: [&str; 2] = ["Page", "PageToken"];

/// The order of a group's subcommands.
const ACTIONS: [&str; 5] = ["create", "fetch", "update", "delete", "list"];

/// How many items a list shows unless told.
const DEFAULT_LIMIT: usize = 50;

/// The subcommands of every operation: the calls' own, then a group per collection.
pub fn commands() -> Vec<Command> {
    let mut ops: Vec<&'static OperationDescription> = DESCRIPTIONS.iter().collect();
    ops.sort_by_key(|op| (op.collection, ACTIONS.iter().position(|a| *a == op.action)));
    let mut top: Vec<Command> = Vec::new();
    let mut groups: Vec<(&str, Command)> = Vec::new();
    for op in ops {
        let command = command(op);
        let Some(collection) = op.collection else {
            top.push(command);
            continue;
        };
        // Sorted by collection, so a collection's group is the last one once made.
        if groups.last().is_none_or(|(name, _)| *name != collection) {
            let group = Command::new(flag_name(collection))
                .about(format!(
                    "A call's {} (twilio-cli: api:core:calls:{}:*)",
                    collection.replace('_', " "),
                    flag_name(collection)
                ))
                .subcommand_required(true)
                .arg_required_else_help(true);
            groups.push((collection, group));
        }
        let (_, group) = groups.last_mut().expect("made above");
        *group = std::mem::take(group).subcommand(command);
    }
    top.extend(groups.into_iter().map(|(_, group)| group));
    top
}

/// The operation a parsed command line names, and that subcommand's matches.
pub fn matched<'m>(
    name: &str,
    matches: &'m ArgMatches,
) -> Option<(&'static OperationDescription, &'m ArgMatches)> {
    let (collection, action, matches) = match DESCRIPTIONS
        .iter()
        .any(|op| op.collection.is_none() && op.action == name)
    {
        true => (None, name, matches),
        false => {
            let (action, matches) = matches.subcommand()?;
            (Some(name), action, matches)
        }
    };
    let op = DESCRIPTIONS
        .iter()
        .find(|op| op.collection.map(flag_name).as_deref() == collection && op.action == action)?;
    Some((op, matches))
}

/// The request `matches` describe for `op`: its path parameters, then every flag given, by
/// wire name, so the SDK checks each value as its typed setter would.
pub fn request(
    client: &Client,
    op: &'static OperationDescription,
    matches: &ArgMatches,
) -> Result<DynamicRequest, twilio_calls::Error> {
    let path: Vec<(&str, &str)> = parameters(op)
        .filter(|p| p.location == Location::Path)
        .filter_map(|p| Some((p.wire, matches.get_one::<String>(p.wire)?.as_str())))
        .collect();
    let mut request = DynamicRequest::new(client, op.id, &path)?;
    for p in parameters(op).filter(|p| p.location != Location::Path) {
        let Some(values) = matches.get_many::<String>(p.wire) else {
            continue;
        };
        for (row, value) in (1..).zip(values) {
            if p.family.is_empty() {
                request = request.set(p.wire, value)?;
                continue;
            }
            // A family's row, `name=value`: its fields in order, split at the first `=`s.
            let mut fields = value.splitn(p.family.len(), '=');
            for field in p.family {
                let key = format!("{}{row}.{field}", p.wire);
                request = request.set(&key, fields.next().unwrap_or_default())?;
            }
        }
    }
    if op.action == "list" {
        request = match matches.get_flag("no_limit") {
            true => request,
            false => request.limit(*matches.get_one("limit").unwrap_or(&DEFAULT_LIMIT)),
        };
    }
    Ok(request)
}

/// `op`'s flags as defaults for many requests (`bulk-create`): none required, no group
/// enforced, path parameters left out.
pub fn default_args(op: &'static OperationDescription) -> Vec<Arg> {
    parameters(op)
        .filter(|p| p.location != Location::Path)
        .map(|p| arg(p).required(false))
        .collect()
}

/// The values `matches` gives [`default_args`], as wire pairs (a family's rows numbered).
pub fn default_values(
    op: &'static OperationDescription,
    matches: &ArgMatches,
) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    for p in parameters(op).filter(|p| p.location != Location::Path) {
        for value in matches.get_many::<String>(p.wire).into_iter().flatten() {
            pairs.push((p.wire, value.clone()));
        }
    }
    pairs
}

/// The parameter of `op` a column or key names: its wire name, its setter, or its flag.
pub fn parameter_named(
    op: &'static OperationDescription,
    name: &str,
) -> Option<&'static ParameterDescription> {
    let name = name.trim();
    op.parameters.iter().find(|p| {
        p.location != Location::Path
            && (p.wire.eq_ignore_ascii_case(name)
                || p.setter == name
                || flag_name(p.setter) == name.trim_start_matches("--"))
    })
}

/// The flag that sets a parameter, for error messages: `--start-time-before`.
pub fn flag_of(op: &OperationDescription, wire: &str) -> Option<String> {
    let p = op.parameters.iter().find(|p| {
        p.wire == wire
            || wire
                .strip_prefix(p.wire)
                .is_some_and(|_| !p.family.is_empty())
    })?;
    Some(format!("--{}", flag_name(p.setter)))
}

/// The name twilio-cli gives an operation: `api:core:calls:recordings:create`.
pub fn twilio_cli_topic(op: &OperationDescription) -> String {
    let action = match op.action {
        "delete" => "remove",
        other => other,
    };
    match op.collection {
        Some(collection) => format!("api:core:calls:{}:{action}", flag_name(collection)),
        None => format!("api:core:calls:{action}"),
    }
}

fn parameters(op: &OperationDescription) -> impl Iterator<Item = &'static ParameterDescription> {
    op.parameters
        .iter()
        .filter(|p| !PAGE_LINK_PARAMETERS.contains(&p.wire))
}

fn command(op: &'static OperationDescription) -> Command {
    let summary = match op.summary.trim().trim_end_matches('.') {
        "" => op.id,
        summary => summary,
    };
    let mut command = Command::new(op.action)
        .about(format!("{summary} (twilio-cli: {})", twilio_cli_topic(op)))
        .after_help(format!("{} {} ({})", op.method, op.path, op.id));
    for p in parameters(op) {
        command = command.arg(arg(p));
    }
    for (n, group) in op.exactly_one_of.iter().enumerate() {
        command = command.group(
            ArgGroup::new(format!("exactly-one-{n}"))
                .args(group.iter().copied())
                .required(true)
                .multiple(false),
        );
    }
    for (n, group) in op.at_most_one_of.iter().enumerate() {
        command = command.group(
            ArgGroup::new(format!("at-most-one-{n}"))
                .args(group.iter().copied())
                .multiple(false),
        );
    }
    if op.action == "list" {
        command = command
            .arg(
                Arg::new("limit")
                    .long("limit")
                    .value_parser(clap::value_parser!(usize))
                    .default_value(DEFAULT_LIMIT.to_string())
                    .conflicts_with("no_limit")
                    .help("The most items to show (pages are requested only as far as needed)"),
            )
            .arg(
                Arg::new("no_limit")
                    .long("no-limit")
                    .action(ArgAction::SetTrue)
                    .help("Show every item, page after page"),
            );
    }
    command
}

/// A parameter's flag: its setter's name, the spec's description as help, the values the
/// spec lists, required when the spec requires it, repeatable for arrays and families.
fn arg(p: &'static ParameterDescription) -> Arg {
    let mut help = p
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut arg = Arg::new(p.wire)
        .long(flag_name(p.setter))
        .value_name(value_name(p));
    if p.wire == "AccountSid" && p.location == Location::Path {
        help.push_str(" Default: TWILIO_ACCOUNT_SID's account.");
    } else if p.required {
        arg = arg.required(true);
    }
    if !p.values.is_empty() {
        arg = arg.value_parser(PossibleValuesParser::new(p.values.iter().copied()));
    }
    if p.kind == "boolean" {
        arg = arg
            .value_parser(PossibleValuesParser::new(["true", "false"]))
            .num_args(0..=1)
            .default_missing_value("true");
    }
    if p.repeated {
        arg = arg.action(ArgAction::Append);
        help.push_str(" Repeat the flag for several values.");
    }
    if !p.family.is_empty() {
        arg = arg.action(ArgAction::Append);
        help.push_str(&format!(
            " As {}; repeat the flag for several (at most {}).",
            value_name(p),
            p.max_items.unwrap_or(usize::MAX)
        ));
    }
    if help.is_empty() {
        help = format!("`{}`.", p.wire);
    }
    arg.help(help)
}

/// What a flag's value is, in its usage line: `URL`, `DATE`, `NAME=VALUE`, …
fn value_name(p: &ParameterDescription) -> String {
    if !p.family.is_empty() {
        return p
            .family
            .iter()
            .map(|f| f.to_uppercase())
            .collect::<Vec<_>>()
            .join("=");
    }
    let name = match (p.format, p.kind) {
        (Some("uri"), _) => "URL",
        (Some("websocket-url"), _) => "WSS_URL",
        (Some("http-method"), _) => "METHOD",
        (Some("date"), _) => "DATE",
        (Some("date-or-date-time"), _) => "DATE_OR_TIME",
        (Some("date-time"), _) => "TIME",
        (Some("phone-number"), _) => "NUMBER",
        (Some("endpoint"), _) => "ENDPOINT",
        (Some("twiml"), _) => "TWIML",
        _ if !p.values.is_empty() => "VALUE",
        (_, "integer") => "INTEGER",
        (_, "number") => "NUMBER",
        (_, "boolean") => "BOOL",
        _ if p
            .pattern
            .is_some_and(|pattern| pattern.ends_with("[0-9a-fA-F]{32}$")) =>
        {
            "SID"
        }
        _ => "TEXT",
    };
    name.to_owned()
}

/// `start_time_before` as a flag: `start-time-before`.
fn flag_name(name: &str) -> String {
    name.replace('_', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> Command {
        Command::new("calls").subcommands(commands())
    }

    /// Every parameter of every operation has its flag, with the spec's text as its help,
    /// on the subcommand of its operation: what makes a regenerated spec's new parameter a
    /// new flag.
    #[test]
    fn every_parameter_has_a_flag_with_the_spec_text() {
        let mut root = root();
        root.build();
        let mut flags = 0;
        for op in DESCRIPTIONS {
            let command = match op.collection {
                None => root.find_subcommand(op.action),
                Some(c) => root
                    .find_subcommand(flag_name(c))
                    .and_then(|group| group.find_subcommand(op.action)),
            };
            let command = command.unwrap_or_else(|| panic!("{}: no subcommand", op.id));
            assert!(
                command
                    .get_about()
                    .unwrap()
                    .to_string()
                    .contains(&twilio_cli_topic(op))
            );
            for p in parameters(op) {
                let arg = command
                    .get_arguments()
                    .find(|a| a.get_id() == p.wire)
                    .unwrap_or_else(|| panic!("{} {}: no flag", op.id, p.wire));
                assert_eq!(arg.get_long(), Some(flag_name(p.setter).as_str()));
                let help = arg.get_help().unwrap().to_string();
                let text = p
                    .description
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(help.starts_with(&text), "{} {}: {help}", op.id, p.wire);
                let required = p.required && p.wire != "AccountSid";
                assert_eq!(arg.is_required_set(), required, "{} {}", op.id, p.wire);
                let listed: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_owned())
                    .collect();
                if !p.values.is_empty() {
                    assert_eq!(listed, p.values, "{} {}", op.id, p.wire);
                }
                flags += 1;
            }
        }
        assert!(flags > 150, "{flags} flags");
    }

    #[test]
    fn flags_become_wire_pairs_through_the_sdk() {
        let root = root();
        let matches = root
            .try_get_matches_from([
                "calls",
                "streams",
                "create",
                "--call-sid",
                "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "--url",
                "wss://example.com/a",
                "--parameter",
                "tenant=acme=1",
                "--parameter",
                "empty=",
            ])
            .unwrap();
        let (name, sub) = matches.subcommand().unwrap();
        let (op, sub) = matched(name, sub).unwrap();
        assert_eq!(op.id, "CreateStream");
        let client = Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
        let request = request(&client, op, sub).unwrap();
        let debug = format!("{request:?}");
        assert!(debug.contains("tenant"), "{debug}");
        assert!(debug.contains("acme=1"), "{debug}");
    }

    #[test]
    fn exactly_one_groups_and_required_flags_are_usage_errors() {
        let create = |extra: &[&str]| {
            let mut args = vec!["calls", "create", "--to", "+15558675310", "--from", "+1555"];
            args.extend(extra);
            root().try_get_matches_from(args).map(drop)
        };
        assert!(create(&["--url", "https://example.com"]).is_ok());
        let neither = create(&[]).unwrap_err();
        assert_eq!(
            neither.kind(),
            clap::error::ErrorKind::MissingRequiredArgument
        );
        let both = create(&["--url", "https://example.com", "--twiml", "<Response/>"]);
        assert_eq!(
            both.unwrap_err().kind(),
            clap::error::ErrorKind::ArgumentConflict
        );
        let status = create(&["--url", "https://x", "--status-callback-event", "rung"]);
        assert_eq!(
            status.unwrap_err().kind(),
            clap::error::ErrorKind::InvalidValue
        );
    }

    #[test]
    fn twilio_cli_names() {
        let topic = |id| twilio_cli_topic(OperationDescription::find(id).unwrap());
        assert_eq!(topic("CreateCall"), "api:core:calls:create");
        assert_eq!(topic("DeleteCall"), "api:core:calls:remove");
        assert_eq!(topic("ListCallRecording"), "api:core:calls:recordings:list");
        assert_eq!(
            topic("CreateUserDefinedMessage"),
            "api:core:calls:user-defined-messages:create"
        );
    }
}
