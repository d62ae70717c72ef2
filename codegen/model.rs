//! The code generator's model of the surface: what the reader (codegen/reader/) makes of the
//! prepared spec, once, with everything checked, and all the emitters (codegen/emit/) read.
//! Nothing here is parsed again or can fail: a path is a template of pieces, a method and a
//! format are enums, a hand-written type is a parsed Rust path, where an operation sits in
//! the surface is decided.

use proc_macro2::TokenStream;

/// An HTTP method the Calls operations use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Delete,
}

impl Method {
    /// The method as HTTP spells it (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        }
    }

    /// Whether sending it twice does no more than sending it once.
    pub fn idempotent(self) -> bool {
        matches!(self, Method::Get | Method::Delete)
    }
}

/// One piece of a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPiece {
    /// Text sent as it is (`/2010-04-01/Accounts/`).
    Literal(String),
    /// A path parameter by wire name (`AccountSid`), percent-encoded when sent.
    Param(String),
}

/// A path template (`/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`), parsed once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplate {
    /// The template as the spec writes it.
    pub text: String,
    pub pieces: Vec<PathPiece>,
}

impl PathTemplate {
    /// Splits a template into literals and `{parameters}`; `None` for an unclosed brace.
    pub fn parse(text: &str) -> Option<PathTemplate> {
        let mut pieces = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let end = start + rest[start..].find('}')?;
            if start > 0 {
                pieces.push(PathPiece::Literal(rest[..start].to_owned()));
            }
            pieces.push(PathPiece::Param(rest[start + 1..end].to_owned()));
            rest = &rest[end + 1..];
        }
        if !rest.is_empty() {
            pieces.push(PathPiece::Literal(rest.to_owned()));
        }
        Some(PathTemplate {
            text: text.to_owned(),
            pieces,
        })
    }

    /// The wire names of its parameters, in order.
    pub fn params(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|piece| match piece {
            PathPiece::Param(name) => Some(name.as_str()),
            PathPiece::Literal(_) => None,
        })
    }
}

/// Where a parameter goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
    Body,
}

/// A schema's `format`, where it changes what is checked; others are kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    /// `uri`: an absolute http(s) URL.
    Uri,
    /// `websocket-url` (the prose rules, codegen/rules.rs): a `wss://` URL.
    WebSocketUrl,
    /// Any other (`date-time`, `int64`, `phone-number`, …).
    Other(String),
}

impl Format {
    /// The spec's name for it.
    pub fn as_str(&self) -> &str {
        match self {
            Format::Uri => "uri",
            Format::WebSocketUrl => "websocket-url",
            Format::Other(name) => name,
        }
    }

    pub fn from_spec(name: &str) -> Format {
        match name {
            "uri" => Format::Uri,
            "websocket-url" => Format::WebSocketUrl,
            other => Format::Other(other.to_owned()),
        }
    }
}

/// A hand-written type a parameter maps to (`x-rust-type`, or `chrono::NaiveDate` for a
/// `date`): its path as written and as tokens.
#[derive(Debug, Clone)]
pub struct RustType {
    /// `::twilio_calls::HttpMethod`.
    pub path: String,
    pub tokens: TokenStream,
}

impl RustType {
    /// The type's own name (`HttpMethod`).
    pub fn name(&self) -> &str {
        self.path.rsplit("::").next().unwrap_or_default()
    }
}

impl PartialEq for RustType {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path
    }
}

impl Eq for RustType {}

/// What a parameter holds, as far as Rust types go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A string (also the fallback for schemas with no better Rust type).
    Text,
    Integer,
    Number,
    Boolean,
    /// A hand-written type.
    Rust(RustType),
    /// Repeated keys, one per item.
    Array(Box<Kind>),
    /// A family of numbered keys (`Parameter{n}.Name`, `Parameter{n}.Value`): rows of one
    /// string per field, numbered from 1, at most `max` of them (see the prepare step
    /// `collapse_numbered_families`).
    Family {
        fields: Vec<String>,
        max: usize,
    },
}

impl Kind {
    /// The hand-written type it holds, itself or as an array's item.
    pub fn rust_type(&self) -> Option<&RustType> {
        match self {
            Kind::Rust(ty) => Some(ty),
            Kind::Array(item) => item.rust_type(),
            _ => None,
        }
    }
}

/// The limits a parameter's value must keep.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Constraints {
    pub format: Option<Format>,
    /// The values an `enum` allows (empty if any value goes).
    pub values: Vec<String>,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
    pub max_length: Option<usize>,
    pub pattern: Option<String>,
    /// What a `pattern` allows, in words (`x-pattern-allowed`).
    pub pattern_allowed: Option<String>,
    /// typify's newtype that checks the string constraints, if there are any.
    pub newtype: Option<String>,
}

/// One parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// The key on the wire (`StartTime<`).
    pub wire: String,
    /// The setter and field name (`start_time_before`), never a reserved name.
    pub setter: String,
    pub location: Location,
    pub required: bool,
    pub kind: Kind,
    pub constraints: Constraints,
    /// Whether `Debug` must not show the value.
    pub secret: bool,
    /// The spec's description.
    pub description: String,
}

impl Param {
    /// Whether it is kept as an `Option` (not a path parameter, an array or a family).
    pub fn is_optional_field(&self) -> bool {
        self.location != Location::Path
            && !matches!(self.kind, Kind::Array(_) | Kind::Family { .. })
    }

    /// The format, when it is this one.
    pub fn has_format(&self, format: &Format) -> bool {
        self.constraints.format.as_ref() == Some(format)
    }
}

/// What a successful response carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// No body (`204 No Content`).
    Empty,
    /// One resource of this generated type.
    Resource(String),
    /// A page of a list: the page's generated type, the field holding the items and the
    /// items' type.
    Page {
        page: String,
        items: String,
        item: String,
    },
}

/// What a handler method does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    Create,
    Fetch,
    Update,
    Delete,
    List,
}

impl Action {
    /// The handler method's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Fetch => "fetch",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::List => "list",
        }
    }
}

/// A collection below one of the root's resources (`/Calls/{CallSid}/Recordings.json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collection {
    /// The parent's segment (`Calls`).
    pub parent_segment: String,
    /// The collection's segment (`Recordings`).
    pub segment: String,
    /// The path parameters its handler holds (`AccountSid`, `CallSid`).
    pub held: Vec<String>,
}

impl Collection {
    /// The parent's singular (`Call`).
    pub fn parent_singular(&self) -> &str {
        self.parent_segment
            .strip_suffix('s')
            .unwrap_or(&self.parent_segment)
    }

    /// Its handler's name (`CallRecordings`).
    pub fn handler_name(&self) -> String {
        format!("{}{}", self.parent_singular(), self.segment)
    }
}

/// Where an operation sits in the surface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The collection below a resource, or `None` for the root's (the Calls, whose handler
    /// is hand-written in src/calls.rs).
    pub collection: Option<Collection>,
    pub action: Action,
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Op {
    pub id: String,
    pub method: Method,
    pub path: PathTemplate,
    pub summary: String,
    pub description: String,
    pub params: Vec<Param>,
    /// Groups of wire names of which exactly one must be set.
    pub exactly_one: Vec<Vec<String>>,
    /// Groups of wire names of which at most one may be set.
    pub at_most_one: Vec<Vec<String>>,
    pub response: Response,
    /// The public name of the resource it returns (of a page's items), with the response
    /// type it names: `("CallRecording", "ApiV2010AccountCallCallRecording")`.
    pub resource: Option<(String, String)>,
    pub placement: Placement,
    /// The `PageSize` parameter's index, for a list that has one.
    pub page_size: Option<usize>,
    /// The `IdempotencyKey` parameter's index, for an operation Twilio deduplicates by it.
    pub idempotency_key: Option<usize>,
}

impl Op {
    /// The parameter of this wire name.
    pub fn param(&self, wire: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.wire == wire)
    }

    /// Its path parameters, in the order the spec declares them.
    pub fn path_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| p.location == Location::Path)
    }

    /// Whether its response is a page of a list.
    pub fn returns_page(&self) -> bool {
        matches!(self.response, Response::Page { .. })
    }
}

/// A generated handler: the operations on one collection below a resource, reached from
/// the parent resource's handler.
#[derive(Debug, Clone)]
pub struct Handler {
    pub collection: Collection,
    /// The parent handler's method that gives it (`recordings`).
    pub accessor: String,
    /// `(action, index of the operation)`, in the order create, fetch, update, delete, list.
    pub methods: Vec<(Action, usize)>,
}

/// A resource type the operations return, by its public name.
#[derive(Debug, Clone)]
pub struct ResourceAlias {
    /// `CallRecording`.
    pub name: String,
    /// The generated type (`ApiV2010AccountCallCallRecording`).
    pub ty: String,
    /// The operations returning it.
    pub ops: Vec<String>,
}

/// One open enum: its Rust name, what it is, its values.
#[derive(Debug, Clone)]
pub struct OpenEnum {
    pub name: String,
    pub doc: String,
    pub values: Vec<EnumValue>,
}

/// One value of an open enum.
#[derive(Debug, Clone)]
pub struct EnumValue {
    pub wire: String,
    pub variant: String,
    pub doc: String,
}

/// The whole surface: operations (sorted by id), handlers and resource names.
#[derive(Debug, Clone)]
pub struct Surface {
    pub ops: Vec<Op>,
    pub handlers: Vec<Handler>,
    pub resources: Vec<ResourceAlias>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates_split_into_literals_and_parameters() {
        let template =
            PathTemplate::parse("/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json").unwrap();
        let literal = |s: &str| PathPiece::Literal(s.into());
        let param = |s: &str| PathPiece::Param(s.into());
        assert_eq!(
            template.pieces,
            [
                literal("/2010-04-01/Accounts/"),
                param("AccountSid"),
                literal("/Calls/"),
                param("Sid"),
                literal(".json"),
            ]
        );
        assert_eq!(template.params().collect::<Vec<_>>(), ["AccountSid", "Sid"]);
        assert_eq!(PathTemplate::parse("/x").unwrap().pieces, [literal("/x")]);
        assert_eq!(PathTemplate::parse("/x/{Open"), None);
    }
}
