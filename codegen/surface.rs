//! The surface emitter: writes the public request builders from the prepared spec, the same
//! document progenitor generates the raw client from.
//!
//! For every operation it emits
//! - a struct named by the `operationId` (`CreateCall`) holding the operation's parameters,
//!   its path parameters as the constructor's arguments;
//! - one setter per other parameter on `Request<Op>`, named by the snake_case of the wire
//!   name, with the spec's description as its rustdoc and an argument type from the schema;
//! - the same setters by wire name from text (`Request::set`, for command lines and
//!   spec-driven tests);
//! - the `Operation` impl: its method, the checks of every constraint the schema states
//!   (required, `pattern`/`minLength`/`maxLength` through typify's newtypes, `minimum`/
//!   `maximum`, `format: uri`, `enum`, `x-exactly-one-of`/`x-at-most-one-of`), how it goes on
//!   the wire (path, query, form; spec order, wire names), and what the response decodes to;
//! - a description of it in `DESCRIPTIONS` (names, locations, types, constraints, docs).
//!
//! Everything that is the same for every operation (sending, retries, options, pagination)
//! is hand-written once in `src/request.rs` and friends; this emits only what the spec says.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use heck::{ToPascalCase, ToSnakeCase};
use openapiv3::{
    OpenAPI, Operation, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind,
    StatusCode, StringFormat, Type, VariantOrUnknownOrEmpty,
};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

/// A spec the emitter cannot turn into builders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurfaceError(pub String);

impl fmt::Display for SurfaceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the surface emitter failed: {}", self.0)
    }
}

impl std::error::Error for SurfaceError {}

fn fail<T>(message: impl Into<String>) -> Result<T, SurfaceError> {
    Err(SurfaceError(message.into()))
}

/// Methods every request has (hand-written in src/request.rs): a parameter whose snake_case
/// name is one of these gets a `_param` suffix, so a new spec cannot break the build.
pub const RESERVED: &[&str] = &[
    "send",
    "send_with_metadata",
    "into_future",
    "request_timeout",
    "max_retries",
    "limit",
    "prefetch",
    "stream",
    "set",
    "new",
    "clone",
];

/// Where a parameter goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
    Body,
}

/// What a parameter holds, as far as Rust types go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A string (also the fallback for schemas with no better Rust type).
    Text,
    Integer,
    Number,
    Boolean,
    /// A hand-written type named by `x-rust-type` (`::twilio_calls::HttpMethod`).
    Rust(String),
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

/// One parameter, as the emitter understands it.
#[derive(Debug, Clone)]
pub struct Param {
    /// The key on the wire (`StartTime<`).
    pub wire: String,
    /// The setter and field name (`start_time_before`).
    pub setter: String,
    pub location: Location,
    pub required: bool,
    pub kind: Kind,
    /// The schema's `format`, if any.
    pub format: Option<String>,
    /// The values an `enum` allows (empty if any value goes).
    pub values: Vec<String>,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
    pub max_length: Option<usize>,
    pub pattern: Option<String>,
    /// What a `pattern` allows, in words (`x-pattern-allowed`).
    pub pattern_allowed: Option<String>,
    /// typify's newtype that checks this parameter's string constraints, if it has any.
    pub newtype: Option<String>,
    /// Whether `Debug` must not show the value.
    pub secret: bool,
    /// The spec's description.
    pub description: String,
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

/// One operation, as the emitter understands it.
#[derive(Debug, Clone)]
pub struct Op {
    pub id: String,
    pub method: String,
    pub path: String,
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
}

impl Op {
    fn param(&self, wire: &str) -> Option<&Param> {
        self.params.iter().find(|p| p.wire == wire)
    }
}

/// Reads the operations of a prepared spec. `types` are the names of the types typify
/// generated, to check that every type the builders name exists.
pub fn operations(spec: &OpenAPI, types: &BTreeSet<String>) -> Result<Vec<Op>, SurfaceError> {
    let mut ops = Vec::new();
    for (path, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            return fail(format!("path `{path}` is a reference"));
        };
        for (method, op) in item.iter() {
            ops.push(operation(spec, types, path, method, op, &item.parameters)?);
        }
    }
    ops.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(ops)
}

fn operation(
    spec: &OpenAPI,
    types: &BTreeSet<String>,
    path: &str,
    method: &str,
    op: &Operation,
    path_item_parameters: &[ReferenceOr<Parameter>],
) -> Result<Op, SurfaceError> {
    let id = op
        .operation_id
        .clone()
        .ok_or_else(|| SurfaceError(format!("{method} {path} has no operationId")))?;
    let context = |message: String| SurfaceError(format!("{id}: {message}"));
    let mut params = Vec::new();
    // The path item's parameters, unless the operation declares one of the same name.
    let mut declared = Vec::new();
    for param in &op.parameters {
        declared.push(
            resolve_parameter(spec, param)
                .map_err(context)?
                .parameter_data_ref()
                .name
                .clone(),
        );
    }
    let inherited = path_item_parameters.iter().filter(|param| {
        resolve_parameter(spec, param)
            .is_ok_and(|p| !declared.contains(&p.parameter_data_ref().name))
    });
    for param in inherited.chain(&op.parameters) {
        let param = resolve_parameter(spec, param).map_err(context)?;
        let (data, location) = match param {
            Parameter::Path { parameter_data, .. } => (parameter_data, Location::Path),
            Parameter::Query { parameter_data, .. } => (parameter_data, Location::Query),
            // Twilio's Calls operations take no header or cookie parameters; a new one would
            // need a place in the request, so it is refused rather than dropped.
            Parameter::Header { parameter_data, .. } | Parameter::Cookie { parameter_data, .. } => {
                return Err(context(format!(
                    "parameter `{}` is a header or cookie, which the builders cannot send",
                    parameter_data.name
                )));
            }
        };
        let ParameterSchemaOrContent::Schema(schema) = &data.format else {
            return Err(context(format!("parameter `{}` has no schema", data.name)));
        };
        // A shared schema (a SID kind, see the prepare step `share_sid_parameters`) is
        // typify's type of that name; an inline one is named by operation and parameter.
        let newtype_name = match schema {
            ReferenceOr::Reference { reference } => {
                reference.rsplit('/').next().unwrap_or_default().to_owned()
            }
            ReferenceOr::Item(_) => format!("{id}-{}", data.name),
        };
        let schema = resolve_schema(spec, schema).map_err(context)?;
        let wire = data
            .extensions
            .get("x-wire-name")
            .and_then(Value::as_str)
            .unwrap_or(&data.name)
            .to_owned();
        params.push(
            param_from(
                spec,
                types,
                wire,
                &data.name,
                location,
                data.required || location == Location::Path,
                schema,
                data.description.as_deref(),
                &newtype_name,
            )
            .map_err(context)?,
        );
    }
    let mut exactly_one = Vec::new();
    let mut at_most_one = Vec::new();
    if let Some(body) = &op.request_body {
        let body = match body {
            ReferenceOr::Item(body) => body,
            ReferenceOr::Reference { reference } => {
                return Err(context(format!("request body {reference} is a reference")));
            }
        };
        let media = body
            .content
            .get("application/x-www-form-urlencoded")
            .ok_or_else(|| context("the request body is not a form".into()))?;
        let schema = media
            .schema
            .as_ref()
            .ok_or_else(|| context("the form has no schema".into()))?;
        let schema = resolve_schema(spec, schema).map_err(context)?;
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            return Err(context("the form's schema is not an object".into()));
        };
        let title = schema
            .schema_data
            .title
            .clone()
            .unwrap_or_else(|| format!("{id}Body"));
        for (name, property) in &object.properties {
            let property = match property {
                ReferenceOr::Item(schema) => schema.as_ref(),
                ReferenceOr::Reference { reference } => {
                    resolve_reference(spec, reference).map_err(context)?
                }
            };
            params.push(
                param_from(
                    spec,
                    types,
                    name.clone(),
                    name,
                    Location::Body,
                    object.required.contains(name),
                    property,
                    property.schema_data.description.as_deref(),
                    &format!("{title}-{name}"),
                )
                .map_err(context)?,
            );
        }
        let groups = |key: &str| -> Vec<Vec<String>> {
            let Some(Value::Array(groups)) = schema.schema_data.extensions.get(key) else {
                return Vec::new();
            };
            groups
                .iter()
                .filter_map(Value::as_array)
                .map(|g| {
                    g.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .collect()
        };
        exactly_one = groups("x-exactly-one-of");
        at_most_one = groups("x-at-most-one-of");
    }
    name_setters(&mut params).map_err(context)?;
    let (response, schema) = response(types, &id, op).map_err(context)?;
    let resource = schema.map(|schema| (resource_name(&schema), pascal(&schema)));
    let op = Op {
        resource,
        summary: op.summary.clone().unwrap_or_default(),
        description: op.description.clone().unwrap_or_default(),
        id,
        method: method.to_uppercase(),
        path: path.to_owned(),
        params,
        exactly_one,
        at_most_one,
        response,
    };
    for (is_param, name) in path_pieces(&op.path) {
        let declared = op
            .params
            .iter()
            .any(|p| p.location == Location::Path && p.wire == name);
        if is_param && !declared {
            return fail(format!(
                "{}: the path names `{{{name}}}`, which is no path parameter",
                op.id
            ));
        }
    }
    for group in op.exactly_one.iter().chain(&op.at_most_one) {
        for wire in group {
            if op.param(wire).is_none() {
                return fail(format!(
                    "{}: a one-of group names `{wire}`, which is no parameter",
                    op.id
                ));
            }
        }
    }
    Ok(op)
}

#[allow(clippy::too_many_arguments)]
fn param_from(
    spec: &OpenAPI,
    types: &BTreeSet<String>,
    wire: String,
    name: &str,
    location: Location,
    required: bool,
    schema: &Schema,
    description: Option<&str>,
    newtype_name: &str,
) -> Result<Param, String> {
    let kind = kind_of(spec, schema)?;
    let mut param = Param {
        setter: name.to_snake_case(),
        // Only free text can be a credential (`TokenType` is an enum).
        secret: is_secret(&wire) && kind == Kind::Text,
        wire,
        location,
        required,
        kind,
        format: None,
        values: Vec::new(),
        minimum: None,
        maximum: None,
        max_length: None,
        pattern: None,
        pattern_allowed: schema
            .schema_data
            .extensions
            .get("x-pattern-allowed")
            .and_then(Value::as_str)
            .map(str::to_owned),
        newtype: None,
        description: description
            .or(schema.schema_data.description.as_deref())
            .unwrap_or_default()
            .trim()
            .to_owned(),
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            param.format = variant_name(&s.format);
            param.values = s.enumeration.iter().flatten().cloned().collect();
            param.pattern = s.pattern.clone();
            param.max_length = s.max_length;
            if s.pattern.is_some() || s.min_length.is_some() || s.max_length.is_some() {
                let newtype = pascal(newtype_name);
                if !types.contains(&newtype) {
                    return Err(format!(
                        "`{}` has string constraints, but typify generated no `{newtype}` to check them",
                        param.wire
                    ));
                }
                param.newtype = Some(newtype);
            }
        }
        SchemaKind::Type(Type::Integer(i)) => {
            param.format = variant_name(&i.format);
            param.minimum = i.minimum;
            param.maximum = i.maximum;
        }
        SchemaKind::Type(Type::Array(a)) => {
            if let Some(items) = &a.items {
                let items = match items {
                    ReferenceOr::Item(schema) => schema.as_ref(),
                    ReferenceOr::Reference { reference } => resolve_reference(spec, reference)?,
                };
                if let SchemaKind::Type(Type::String(s)) = &items.schema_kind {
                    param.values = s.enumeration.iter().flatten().cloned().collect();
                }
            }
        }
        _ => {}
    }
    if matches!(param.kind, Kind::Rust(_)) && param.newtype.is_some() {
        // A hand-written type checks itself; the generated newtype would not be used.
        param.newtype = None;
    }
    Ok(param)
}

fn kind_of(spec: &OpenAPI, schema: &Schema) -> Result<Kind, String> {
    if let Some(fields) = schema.schema_data.extensions.get("x-family") {
        let fields: Vec<String> = fields
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        let max = match &schema.schema_kind {
            SchemaKind::Type(Type::Array(a)) => a.max_items,
            _ => None,
        };
        return match max {
            Some(max) if !fields.is_empty() => Ok(Kind::Family { fields, max }),
            _ => Err("an `x-family` needs fields and `maxItems`".into()),
        };
    }
    if let Some(path) = schema
        .schema_data
        .extensions
        .get("x-rust-type")
        .and_then(|v| v.get("path"))
        .and_then(Value::as_str)
    {
        return Ok(Kind::Rust(format!("::{path}")));
    }
    Ok(match &schema.schema_kind {
        // A plain date (`DateCreated<` of recordings), sent as `2024-01-31`.
        SchemaKind::Type(Type::String(s))
            if matches!(&s.format, VariantOrUnknownOrEmpty::Item(StringFormat::Date)) =>
        {
            Kind::Rust("::chrono::NaiveDate".into())
        }
        SchemaKind::Type(Type::String(_)) => Kind::Text,
        SchemaKind::Type(Type::Integer(_)) => Kind::Integer,
        SchemaKind::Type(Type::Number(_)) => Kind::Number,
        SchemaKind::Type(Type::Boolean(_)) => Kind::Boolean,
        SchemaKind::Type(Type::Array(a)) => {
            let items = match &a.items {
                Some(ReferenceOr::Item(schema)) => kind_of(spec, schema)?,
                Some(ReferenceOr::Reference { reference }) => {
                    kind_of(spec, resolve_reference(spec, reference)?)?
                }
                None => Kind::Text,
            };
            Kind::Array(Box::new(items))
        }
        // Anything else travels as text.
        _ => Kind::Text,
    })
}

/// Setter names: snake_case of the (generator) name, unique, never one of [`RESERVED`].
fn name_setters(params: &mut [Param]) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    for param in params.iter_mut() {
        if param.setter.is_empty() || !param.setter.starts_with(|c: char| c.is_ascii_alphabetic()) {
            param.setter = format!("param_{}", param.setter);
        }
        if RESERVED.contains(&param.setter.as_str()) {
            param.setter.push_str("_param");
        }
        let mut names = vec![param.setter.clone()];
        if let Kind::Family { .. } = param.kind {
            names.push(family_plural(&param.setter));
        }
        for name in names {
            if !seen.insert(name.clone()) || RESERVED.contains(&name.as_str()) {
                return Err(format!(
                    "two parameters are both called `{name}` in Rust (one is `{}`)",
                    param.wire
                ));
            }
        }
    }
    Ok(())
}

/// The first key past a family's rows (`Parameter100.Name`), which errors about too many
/// rows name.
fn family_first_over(param: &Param, fields: &[String], max: usize) -> String {
    format!("{}{}.{}", param.wire, max + 1, fields[0])
}

/// The setter that adds many rows of a family at once (`parameter` → `parameters`).
fn family_plural(setter: &str) -> String {
    format!("{setter}s")
}

/// Parameters whose values are credentials (never shown in `Debug`).
fn is_secret(wire: &str) -> bool {
    ["Password", "Secret", "Token"]
        .iter()
        .any(|word| wire.contains(word))
        && wire != "PageToken"
}

/// What an operation's success response carries, and the component schema of the resource
/// it returns (or whose items its page holds), if it names one.
fn response(
    types: &BTreeSet<String>,
    id: &str,
    op: &Operation,
) -> Result<(Response, Option<String>), String> {
    let success = op
        .responses
        .responses
        .iter()
        .find(|(code, _)| matches!(code, StatusCode::Code(c) if (200..300).contains(c)))
        .map(|(_, r)| r)
        .ok_or("no success response")?;
    let ReferenceOr::Item(success) = success else {
        return Err("the success response is a reference".into());
    };
    let Some(media) = success.content.get("application/json") else {
        return Ok((Response::Empty, None));
    };
    let Some(schema) = &media.schema else {
        return Ok((Response::Empty, None));
    };
    let type_name = |name: String| {
        if types.contains(&name) {
            Ok(name)
        } else {
            Err(format!("typify generated no response type `{name}`"))
        }
    };
    let schema = match schema {
        ReferenceOr::Reference { reference } => {
            let name = reference.rsplit('/').next().unwrap_or_default();
            return Ok((
                Response::Resource(type_name(pascal(name))?),
                Some(name.to_owned()),
            ));
        }
        ReferenceOr::Item(schema) => schema,
    };
    let page = type_name(
        schema
            .schema_data
            .title
            .clone()
            .unwrap_or_else(|| format!("{id}Response")),
    )?;
    let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
        return Ok((Response::Resource(page), None));
    };
    if !object.properties.contains_key("next_page_uri") {
        return Ok((Response::Resource(page), None));
    }
    let (items, item) = object
        .properties
        .iter()
        .find_map(|(name, property)| {
            let ReferenceOr::Item(property) = property else {
                return None;
            };
            let SchemaKind::Type(Type::Array(array)) = &property.schema_kind else {
                return None;
            };
            match array.items.as_ref()? {
                ReferenceOr::Reference { reference } => {
                    Some((name.clone(), reference.rsplit('/').next()?.to_owned()))
                }
                ReferenceOr::Item(_) => None,
            }
        })
        .ok_or("a page without an array of resources")?;
    let page = Response::Page {
        page,
        items,
        item: type_name(pascal(&item))?,
    };
    Ok((page, Some(item)))
}

/// A resource's public name: the table's (codegen/names.rs `RESOURCE_NAMES`), else the last
/// part of its schema's name in PascalCase (`api.v2010.account.call.call_recording` →
/// `CallRecording`).
fn resource_name(schema: &str) -> String {
    crate::names::RESOURCE_NAMES
        .iter()
        .find(|(name, _)| *name == schema)
        .map(|(_, rust)| (*rust).to_owned())
        .unwrap_or_else(|| pascal(schema.rsplit('.').next().unwrap_or(schema)))
}

/// The resource names: one alias per resource type the operations return, with the
/// operations that return it.
fn resource_names(ops: &[Op]) -> Result<TokenStream, SurfaceError> {
    let mut names: Vec<(String, String, Vec<String>)> = Vec::new();
    for op in ops {
        let Some((name, ty)) = &op.resource else {
            continue;
        };
        match names.iter_mut().find(|(known, _, _)| known == name) {
            Some((_, known_ty, ids)) if known_ty == ty => ids.push(op.id.clone()),
            Some(_) => return fail(format!("two resource types would be called `{name}`")),
            None => names.push((name.clone(), ty.clone(), vec![op.id.clone()])),
        }
    }
    let enums: Vec<&str> = crate::names::OPEN_ENUMS.iter().map(|e| e.name).collect();
    let aliases = names.iter().map(|(name, ty, ids)| {
        let alias = format_ident!("{}", name);
        let ty = format_ident!("{}", ty);
        let doc = doc_lines(&format!(
            "A {name} resource as Twilio returns it from {}. Serializing it gives Twilio's JSON \
             back; a field Twilio adds is ignored until the next regen.",
            code_list(ids)
        ));
        quote! {
            #doc
            pub type #alias = crate::generated::types::#ty;
        }
    });
    if let Some((name, _, _)) = names
        .iter()
        .find(|(name, _, _)| enums.contains(&name.as_str()))
    {
        return fail(format!(
            "the resource `{name}` has the name of an open enum: give it another in RESOURCE_NAMES"
        ));
    }
    Ok(quote!(#(#aliases)*))
}

/// A name as progenitor and typify turn it into a type name.
fn pascal(name: &str) -> String {
    name.replace('\'', "")
        .replace(|c: char| !(c.is_ascii_alphanumeric() || c == '_'), "-")
        .to_pascal_case()
}

/// A schema's `format` as the spec writes it (`date-time`, `int64`, `uri`, …).
fn variant_name<T: serde::Serialize>(
    format: &openapiv3::VariantOrUnknownOrEmpty<T>,
) -> Option<String> {
    match format {
        openapiv3::VariantOrUnknownOrEmpty::Item(item) => {
            serde_json::to_value(item).ok()?.as_str().map(str::to_owned)
        }
        openapiv3::VariantOrUnknownOrEmpty::Unknown(name) => Some(name.clone()),
        openapiv3::VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// The path template's pieces: `(false, literal)` and `(true, parameter name)`.
fn path_pieces(path: &str) -> Vec<(bool, &str)> {
    let mut pieces = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
        pieces.push((false, &rest[..start]));
        pieces.push((true, &rest[start + 1..end]));
        rest = &rest[(end + 1).min(rest.len())..];
    }
    pieces.push((false, rest));
    pieces.retain(|(_, text)| !text.is_empty());
    pieces
}

fn resolve_parameter<'a>(
    spec: &'a OpenAPI,
    param: &'a ReferenceOr<Parameter>,
) -> Result<&'a Parameter, String> {
    match param {
        ReferenceOr::Item(param) => Ok(param),
        ReferenceOr::Reference { reference } => {
            let name = reference
                .strip_prefix("#/components/parameters/")
                .ok_or_else(|| format!("cannot follow {reference}"))?;
            match spec
                .components
                .as_ref()
                .and_then(|c| c.parameters.get(name))
            {
                Some(ReferenceOr::Item(param)) => Ok(param),
                _ => Err(format!("cannot follow {reference}")),
            }
        }
    }
}

fn resolve_schema<'a>(
    spec: &'a OpenAPI,
    schema: &'a ReferenceOr<Schema>,
) -> Result<&'a Schema, String> {
    match schema {
        ReferenceOr::Item(schema) => Ok(schema),
        ReferenceOr::Reference { reference } => resolve_reference(spec, reference),
    }
}

fn resolve_reference<'a>(spec: &'a OpenAPI, reference: &str) -> Result<&'a Schema, String> {
    let name = reference
        .strip_prefix("#/components/schemas/")
        .ok_or_else(|| format!("cannot follow {reference}"))?;
    match spec.components.as_ref().and_then(|c| c.schemas.get(name)) {
        Some(ReferenceOr::Item(schema)) => Ok(schema),
        Some(ReferenceOr::Reference { reference }) => resolve_reference(spec, reference),
        None => Err(format!("{reference} names no component schema")),
    }
}

/// The Rust source of the public surface: one builder per operation and their descriptions.
pub fn emit(ops: &[Op]) -> Result<TokenStream, SurfaceError> {
    let builders = ops.iter().map(builder);
    let descriptions = ops.iter().map(description).collect::<Result<Vec<_>, _>>()?;
    let dynamic = dynamic(ops);
    let handlers = handlers(ops)?;
    let names = resource_names(ops)?;
    Ok(quote! {
        #(#builders)*

        #handlers

        #names

        /// Every operation of the surface, as the spec describes it: what command lines and
        /// spec-driven tests need to build requests by wire name
        /// ([`Request::set`](crate::Request::set)).
        pub static DESCRIPTIONS: &[crate::description::OperationDescription] = &[#(#descriptions),*];

        #dynamic
    })
}

/// `crate::dynamic`'s table: each operation's request, made from its `operationId` and its
/// path parameters by wire name, behind the type-erased interface that fits what it returns.
fn dynamic(ops: &[Op]) -> TokenStream {
    let arms = ops.iter().map(|op| {
        let id = &op.id;
        let op_ty = format_ident!("{}", op.id);
        let path = op
            .params
            .iter()
            .filter(|p| p.location == Location::Path)
            .map(|p| {
                let wire = &p.wire;
                quote!(path(#wire)?)
            });
        let erase = match op.response {
            Response::Empty => quote!(crate::dynamic::no_content),
            Response::Resource(_) => quote!(crate::dynamic::one),
            Response::Page { .. } => quote!(crate::dynamic::list),
        };
        quote! {
            #id => #erase(crate::request::Request::new(client.clone(), #op_ty::new(#(#path),*)))
        }
    });
    quote! {
        /// The request of the operation `id`, its path parameters given by `path` (by wire
        /// name), or `None` for an id the surface does not have (see `crate::dynamic`).
        pub(crate) fn dynamic_request(
            client: &crate::client::Client,
            id: &str,
            path: &mut dyn ::std::ops::FnMut(&'static str) -> ::std::result::Result<::std::string::String, crate::error::Error>,
        ) -> ::std::result::Result<::std::option::Option<crate::dynamic::Erased>, crate::error::Error> {
            ::std::result::Result::Ok(::std::option::Option::Some(match id {
                #(#arms,)*
                _ => return ::std::result::Result::Ok(::std::option::Option::None),
            }))
        }
    }
}

/// The format the prose rules give a URL Twilio opens a WebSocket to (codegen/rules.rs).
const WEBSOCKET_URL: &str = "websocket-url";

/// The body parameter by which Twilio deduplicates a create.
const IDEMPOTENCY_KEY: &str = "IdempotencyKey";

/// What a handler method does, by the shape of the operation's path and its method.
fn handler_method(method: &str, on_item: bool) -> Option<&'static str> {
    Some(match (method, on_item) {
        ("POST", false) => "create",
        ("GET", false) => "list",
        ("GET", true) => "fetch",
        ("POST", true) => "update",
        ("DELETE", true) => "delete",
        _ => return None,
    })
}

/// One handler: the operations on one collection below a resource (`/Calls/{CallSid}/
/// Recordings.json` and its items), reached from the parent resource's handler.
struct Handler<'a> {
    /// `CallRecordings`.
    name: String,
    /// The parent handler's method that gives it (`recordings`).
    accessor: String,
    /// The segment as the path spells it (`Recordings`).
    segment: String,
    /// The parent handler's type, as a path.
    parent: TokenStream,
    /// What the parent's items are, in words (`call`).
    parent_noun: String,
    /// The path parameters it holds (`AccountSid`, `CallSid`), the last one given to the
    /// accessor.
    held: Vec<String>,
    /// `(method name, operation)`.
    methods: Vec<(&'static str, &'a Op)>,
}

/// Where an operation sits in the surface: on the account's own collection (the Calls) or on
/// a collection below one of its resources, and which handler method reaches it.
struct Placement<'p> {
    /// For a nested collection: the parent's segment (`Calls`), the collection's segment
    /// (`Recordings`) and the path parameters the collection's handler holds (`AccountSid`,
    /// `CallSid`). `None` for the root collection.
    nested: Option<(&'p str, &'p str, Vec<String>)>,
    /// The handler method (`create`, `fetch`, `update`, `delete`, `list`).
    action: &'static str,
}

/// The root collection, whose handler (`Calls`, src/calls.rs) is hand-written.
const ROOT: &str = "/2010-04-01/Accounts/{AccountSid}/Calls.json";

/// Places `op` by the shape of its path and its method; paths the surface has no handler
/// for (nested deeper than one resource below the root, say) fail by name.
fn place(op: &Op) -> Result<Placement<'_>, SurfaceError> {
    let pieces: Vec<&str> = op
        .path
        .trim_end_matches(".json")
        .trim_start_matches('/')
        .split('/')
        .collect();
    let is_param = |p: &str| p.starts_with('{') && p.ends_with('}');
    let on_item = pieces.last().is_some_and(|p| is_param(p));
    let collection = if on_item {
        &pieces[..pieces.len() - 1]
    } else {
        &pieces[..]
    };
    let action = handler_method(&op.method, on_item).ok_or_else(|| {
        SurfaceError(format!(
            "{}: no handler method for {} on {}",
            op.id,
            op.method,
            if on_item { "an item" } else { "a collection" }
        ))
    })?;
    if format!("/{}.json", collection.join("/")) == ROOT {
        return Ok(Placement {
            nested: None,
            action,
        });
    }
    let [.., parent_segment, parent_param, segment] = collection else {
        return fail(format!("{}: `{}` is not below a resource", op.id, op.path));
    };
    if !is_param(parent_param) || is_param(segment) {
        return fail(format!("{}: `{}` is not below a resource", op.id, op.path));
    }
    // Only one level below the root for now: the parent is the root's resource.
    if format!("/{}.json", collection[..collection.len() - 2].join("/")) != ROOT {
        return fail(format!(
            "{}: `{}` is nested deeper than one resource below the Calls, which has no handler yet",
            op.id, op.path
        ));
    }
    let held = collection
        .iter()
        .filter(|p| is_param(p))
        .map(|p| p.trim_matches(|c| c == '{' || c == '}').to_owned())
        .collect();
    Ok(Placement {
        nested: Some((parent_segment, segment, held)),
        action,
    })
}

/// The handlers of the nested collections, generated so that a new subresource needs no hand
/// edit. The account's own collection (`Calls`) has its hand-written handler,
/// `Calls` (src/calls.rs); each collection below one of its resources
/// (`/Calls/{CallSid}/Recordings.json`) gets a handler named by the parent's singular and
/// the segment (`CallRecordings`), reached by the segment's snake_case (`recordings`) from
/// the parent handler, with `create`/`list` on the collection and `fetch`/`update`/`delete`
/// on an item (`…/Recordings/{Sid}.json`).
fn handlers(ops: &[Op]) -> Result<TokenStream, SurfaceError> {
    let mut handlers: Vec<Handler> = Vec::new();
    for op in ops {
        let Placement {
            nested: Some((parent_segment, segment, held)),
            action: method,
        } = place(op)?
        else {
            // The root's own operations: the hand-written handler's.
            continue;
        };
        let singular = parent_segment.strip_suffix('s').unwrap_or(parent_segment);
        let name = format!("{singular}{segment}");
        let handler = match handlers.iter_mut().find(|h| h.name == name) {
            Some(handler) => handler,
            None => {
                handlers.push(Handler {
                    name: name.clone(),
                    accessor: segment.to_snake_case(),
                    segment: segment.to_owned(),
                    parent: quote!(crate::calls::Calls),
                    parent_noun: singular.to_snake_case().replace('_', " "),
                    held,
                    methods: Vec::new(),
                });
                handlers.last_mut().expect("just pushed")
            }
        };
        if handler.methods.iter().any(|(m, _)| *m == method) {
            return fail(format!("{}: {name} already has a `{method}`", op.id));
        }
        handler.methods.push((method, op));
    }
    let mut accessors = BTreeSet::new();
    for handler in &handlers {
        if !accessors.insert(handler.accessor.clone())
            || HANDLER_METHODS.contains(&handler.accessor.as_str())
        {
            return fail(format!(
                "two handlers would be reached as `{}`",
                handler.accessor
            ));
        }
    }
    let handlers = handlers.iter().map(handler_tokens);
    Ok(quote!(#(#handlers)*))
}

/// The names the handlers' own methods use, which no accessor may take.
const HANDLER_METHODS: [&str; 6] = ["create", "list", "fetch", "update", "delete", "account_sid"];

fn handler_tokens(handler: &Handler) -> TokenStream {
    let name = format_ident!("{}", handler.name);
    let accessor = ident(&handler.accessor);
    let parent = &handler.parent;
    let fields: Vec<Ident> = handler
        .held
        .iter()
        .map(|p| ident(&p.to_snake_case()))
        .collect();
    let (given, inherited) = fields
        .split_last()
        .expect("a handler holds its parent's SID");
    let order = ["create", "fetch", "update", "delete", "list"];
    let mut methods: Vec<&(&str, &Op)> = handler.methods.iter().collect();
    methods.sort_by_key(|(m, _)| order.iter().position(|o| o == m));
    let mut table = String::from("| Operation | Request | Returns |\n|---|---|---|\n");
    let mut method_tokens = Vec::new();
    for (method, op) in methods {
        let op_ty = format_ident!("{}", op.id);
        let resource = op
            .resource
            .as_ref()
            .map(|(name, _)| name.as_str())
            .unwrap_or_default();
        let returns = match &op.response {
            Response::Empty => "`()`".to_owned(),
            Response::Resource(_) => format!("[`{resource}`]"),
            Response::Page { .. } => {
                format!("[`Page<{resource}>`](crate::Page) or a stream of [`{resource}`]")
            }
        };
        table.push_str(&format!(
            "| {} | [`{}`](Self::{}) → [`Request<{}>`](crate::Request) | {} |\n",
            op.id, method, method, op.id, returns
        ));
        // The operation's path parameters beyond those the handler holds are the method's.
        let own: Vec<&Param> = op
            .params
            .iter()
            .filter(|p| p.location == Location::Path && !handler.held.contains(&p.wire))
            .collect();
        let args = own.iter().map(|p| {
            let arg = ident(&p.setter);
            quote!(#arg: impl ::std::convert::Into<::std::string::String>)
        });
        let constructor = op
            .params
            .iter()
            .filter(|p| p.location == Location::Path)
            .map(|p| {
                let field = ident(&p.setter);
                if handler.held.contains(&p.wire) {
                    quote!(self.#field.clone())
                } else {
                    quote!(#field.into())
                }
            });
        let summary = if op.summary.is_empty() {
            op.id.clone()
        } else {
            sanitize(op.summary.trim_end_matches('.'))
        };
        let doc = doc_lines(&format!("{summary} ({}).", op.id));
        let method = ident(method);
        method_tokens.push(quote! {
            #doc
            pub fn #method(&self, #(#args),*) -> crate::request::Request<#op_ty> {
                crate::request::Request::new(self.client.clone(), #op_ty::new(#(#constructor),*))
            }
        });
    }
    let given_doc = format!(
        " The SID of the {} these {} belong to.",
        handler.parent_noun, handler.segment
    );
    let struct_doc = doc_lines(&format!(
        "The {} of one {}: from [`Calls::{}`](crate::Calls::{}).\n\n{table}\n\
         Every request checks its parameters in `send()` before any I/O, and can be \
         `.await`ed directly (which sends it).",
        handler.segment, handler.parent_noun, handler.accessor, handler.accessor
    ));
    let accessor_doc = doc_lines(&format!(
        "The {} of the {} `{}` (see [`{}`]).",
        handler.segment, handler.parent_noun, given, handler.name
    ));
    quote! {
        #struct_doc
        #[derive(Clone, Debug)]
        pub struct #name {
            client: crate::client::Client,
            #(#fields: ::std::string::String,)*
        }

        impl #name {
            #[doc = #given_doc]
            pub fn #given(&self) -> &str {
                &self.#given
            }

            #(#method_tokens)*
        }

        impl #parent {
            #accessor_doc
            pub fn #accessor(&self, #given: impl ::std::convert::Into<::std::string::String>) -> #name {
                #name {
                    client: self.client().clone(),
                    #(#inherited: self.#inherited().to_owned(),)*
                    #given: #given.into(),
                }
            }
        }
    }
}

fn ident(name: &str) -> Ident {
    if syn::parse_str::<Ident>(name).is_ok() {
        Ident::new(name, Span::call_site())
    } else {
        Ident::new_raw(name, Span::call_site())
    }
}

/// The Rust type a parameter's value is kept as.
fn stored_type(kind: &Kind, secret: bool) -> TokenStream {
    match kind {
        Kind::Text if secret => quote!(crate::auth::Secret),
        Kind::Text => quote!(::std::string::String),
        Kind::Integer => quote!(i64),
        Kind::Number => quote!(f64),
        Kind::Boolean => quote!(bool),
        Kind::Rust(path) => syn::parse_str::<syn::Path>(path)
            .map(|p| quote!(#p))
            .unwrap_or_else(|_| quote!(::std::string::String)),
        Kind::Array(item) => {
            let item = stored_type(item, secret);
            quote!(::std::vec::Vec<#item>)
        }
        Kind::Family { fields, .. } => {
            let width = fields.len();
            quote!(::std::vec::Vec<[::std::string::String; #width]>)
        }
    }
}

fn field_type(param: &Param) -> TokenStream {
    let stored = stored_type(&param.kind, param.secret);
    match (param.location, &param.kind) {
        (Location::Path, _) | (_, Kind::Array(_) | Kind::Family { .. }) => stored,
        _ => quote!(::std::option::Option<#stored>),
    }
}

/// The setter's argument type, and the expression turning the argument `value` into the
/// stored value.
fn setter_argument(param: &Param) -> (TokenStream, TokenStream) {
    let value = quote!(value);
    let into = |kind: &Kind| -> (TokenStream, TokenStream) {
        match kind {
            Kind::Integer => (
                quote!(impl ::std::convert::Into<i64>),
                quote!(#value.into()),
            ),
            Kind::Number => (
                quote!(impl ::std::convert::Into<f64>),
                quote!(#value.into()),
            ),
            Kind::Boolean => (quote!(bool), quote!(#value)),
            Kind::Text if param.secret => (
                quote!(impl ::std::convert::Into<::std::string::String>),
                quote!(crate::auth::Secret::new(#value)),
            ),
            other => {
                let stored = stored_type(other, false);
                (
                    quote!(impl ::std::convert::Into<#stored>),
                    quote!(#value.into()),
                )
            }
        }
    };
    match &param.kind {
        Kind::Array(item) => {
            let stored = stored_type(item, param.secret);
            (
                quote!(impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<#stored>>),
                quote!(#value.into_iter().map(::std::convert::Into::into).collect()),
            )
        }
        kind => {
            let (ty, convert) = into(kind);
            (ty, quote!(::std::option::Option::Some(#convert)))
        }
    }
}

/// The expression that parses the text `value` into what `set` stores.
fn parse_text(param: &Param) -> TokenStream {
    let wire = &param.wire;
    let parse = |kind: &Kind| -> TokenStream {
        match kind {
            Kind::Text if param.secret => quote!(crate::auth::Secret::new(value)),
            Kind::Text => quote!(value.to_owned()),
            Kind::Integer | Kind::Number | Kind::Boolean => {
                quote!(crate::check::parse_text(#wire, value)?)
            }
            Kind::Rust(_) => quote!(crate::check::parse_text(#wire, value)?),
            Kind::Array(_) | Kind::Family { .. } => {
                unreachable!("arrays hold scalars; families are set by numbered key")
            }
        }
    };
    match &param.kind {
        Kind::Array(item) => parse(item),
        kind => parse(kind),
    }
}

fn builder(op: &Op) -> TokenStream {
    let name = format_ident!("{}", op.id);
    let id = &op.id;
    let fields = op.params.iter().map(|p| {
        let field = ident(&p.setter);
        let ty = field_type(p);
        quote!(#field: #ty)
    });
    let path_params: Vec<&Param> = op
        .params
        .iter()
        .filter(|p| p.location == Location::Path)
        .collect();
    let constructor_args = path_params.iter().map(|p| {
        let field = ident(&p.setter);
        quote!(#field: ::std::string::String)
    });
    let initialisers = op.params.iter().map(|p| {
        let field = ident(&p.setter);
        if p.location == Location::Path {
            quote!(#field)
        } else {
            quote!(#field: ::std::default::Default::default())
        }
    });
    let setters = op
        .params
        .iter()
        .filter(|p| p.location != Location::Path)
        .map(|p| setter(op, p));
    let family_sets = op.params.iter().filter_map(|p| {
        let Kind::Family { fields, max } = &p.kind else {
            return None;
        };
        let prefix = &p.wire;
        let field = ident(&p.setter);
        let first_over = family_first_over(p, fields, *max);
        Some(quote! {
            if let ::std::option::Option::Some(slot) =
                crate::request::family_slot(wire_name, #prefix, &[#(#fields),*])
            {
                return crate::request::family_set(&mut self.#field, slot, value, #max, #first_over);
            }
        })
    });
    let set_arms: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.location != Location::Path && !matches!(p.kind, Kind::Family { .. }))
        .map(|p| {
            let wire = &p.wire;
            let field = ident(&p.setter);
            let parsed = parse_text(p);
            let store = match &p.kind {
                Kind::Array(_) => quote!(self.#field.push(#parsed)),
                _ => quote!(self.#field = ::std::option::Option::Some(#parsed)),
            };
            quote!(#wire => #store,)
        })
        .collect();
    let unknown_message = format!("{id} has no parameter {{wire_name:?}}");
    let unknown = quote!(crate::error::Error::invalid(
        "wire_name",
        format!(#unknown_message)
    ));
    let set_body = if set_arms.is_empty() {
        quote! {
            #(#family_sets)*
            let _ = value;
            ::std::result::Result::Err(#unknown)
        }
    } else {
        quote! {
            #(#family_sets)*
            match wire_name {
                #(#set_arms)*
                _ => return ::std::result::Result::Err(#unknown),
            }
            ::std::result::Result::Ok(())
        }
    };
    let checks = checks(op);
    let writes = writes(op);
    let info = info(op);
    let (response, output, convert, page_size) = match &op.response {
        Response::Empty => (quote!(()), quote!(()), quote!(response), quote!()),
        Response::Resource(ty) => {
            let ty = format_ident!("{}", ty);
            (
                quote!(crate::generated::types::#ty),
                quote!(crate::generated::types::#ty),
                quote!(response),
                quote!(),
            )
        }
        Response::Page { page, item, .. } => {
            let page = format_ident!("{}", page);
            let item = format_ident!("{}", item);
            let page_size = op
                .param("PageSize")
                .map(|p| {
                    let field = ident(&p.setter);
                    quote! {
                        fn page_size(&mut self) -> ::std::option::Option<&mut ::std::option::Option<i64>> {
                            ::std::option::Option::Some(&mut self.#field)
                        }
                    }
                })
                .unwrap_or_default();
            (
                quote!(crate::generated::types::#page),
                quote!(crate::pagination::Page<crate::generated::types::#item>),
                quote!(crate::pagination::Page::first(response, request, path)),
                page_size,
            )
        }
    };
    let page_impl = match &op.response {
        Response::Page { page, items, item } => {
            let page = format_ident!("{}", page);
            let item_ty = format_ident!("{}", item);
            let items = ident(items);
            quote! {
                impl crate::pagination::PageResponse for crate::generated::types::#page {
                    type Item = crate::generated::types::#item_ty;
                    fn into_parts(self) -> (::std::vec::Vec<Self::Item>, crate::pagination::PageLinks) {
                        let links = crate::pagination::PageLinks {
                            page: self.page,
                            page_size: self.page_size,
                            start: self.start,
                            end: self.end,
                            uri: ::std::option::Option::Some(self.uri),
                            first_page_uri: self.first_page_uri,
                            next_page_uri: self.next_page_uri,
                            previous_page_uri: self.previous_page_uri,
                        };
                        (self.#items, links)
                    }
                }
            }
        }
        _ => quote!(),
    };
    // Twilio deduplicates a request that carries an `IdempotencyKey`: sent twice, it
    // acts once, so it may be retried like a read.
    let idempotent = op
        .param(IDEMPOTENCY_KEY)
        .filter(|p| p.location == Location::Body && p.kind == Kind::Text)
        .map(|p| {
            let field = ident(&p.setter);
            quote! {
                fn idempotent(&self) -> bool {
                    self.#field.is_some()
                }
            }
        })
        .unwrap_or_default();
    let struct_doc = doc_lines(&struct_doc(op));
    let request_doc = format!(
        " The parameters of {} (`{} {}`), set with the methods of this `Request`.",
        op.id, op.method, op.path
    );
    let new_doc = format!(" A {} request with its path parameters.", op.id);
    quote! {
        #struct_doc
        #[derive(Clone, Debug)]
        pub struct #name {
            #(#fields,)*
        }

        impl #name {
            #[doc = #new_doc]
            #[allow(clippy::new_without_default)]
            pub(crate) fn new(#(#constructor_args),*) -> Self {
                Self { #(#initialisers,)* }
            }
        }

        #[doc = #request_doc]
        impl crate::request::Request<#name> {
            #(#setters)*
        }

        impl crate::request::Operation for #name {
            type Output = #output;
        }

        impl crate::request::sealed::Operation for #name {
            type Response = #response;
            const INFO: crate::http::OperationInfo = #info;

            fn set(&mut self, wire_name: &str, value: &str) -> ::std::result::Result<(), crate::error::Error> {
                #set_body
            }

            fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
                #checks
                ::std::result::Result::Ok(())
            }

            fn write(&self, wire: &mut crate::request::Wire) {
                #writes
            }

            #idempotent

            fn output(response: Self::Response, request: &crate::request::Request<Self>, path: &str) -> #output {
                let _ = (request, path);
                #convert
            }

            #page_size
        }

        #page_impl
    }
}

fn struct_doc(op: &Op) -> String {
    let mut doc = op.id.clone();
    if !op.summary.is_empty() {
        doc.push_str(": ");
        doc.push_str(&sanitize(&op.summary));
    }
    if !op.description.is_empty() && op.description != op.summary {
        doc.push_str("\n\n");
        doc.push_str(&sanitize(&op.description));
    }
    doc.push_str(&format!(
        "\n\n`{} {}`. Sent as a [`Request<{}>`](crate::Request), whose setters are the \
         operation's parameters.",
        op.method, op.path, op.id
    ));
    doc
}

fn setter(op: &Op, param: &Param) -> TokenStream {
    if let Kind::Family { fields, max } = &param.kind {
        return family_setters(op, param, fields, *max);
    }
    let setter = ident(&param.setter);
    let field = ident(&param.setter);
    let (argument, convert) = setter_argument(param);
    let doc = doc_lines(&setter_doc(op, param));
    quote! {
        #doc
        pub fn #setter(mut self, value: #argument) -> Self {
            self.op.#field = #convert;
            self
        }
    }
}

/// A family's two setters: one row (`parameter(name, value)`), and many
/// (`parameters([(name, value), …])`), each adding to the rows already set.
fn family_setters(op: &Op, param: &Param, fields: &[String], max: usize) -> TokenStream {
    let one = ident(&param.setter);
    let many = ident(&family_plural(&param.setter));
    let field = ident(&param.setter);
    let args: Vec<Ident> = fields.iter().map(|f| ident(&f.to_snake_case())).collect();
    let text = quote!(impl ::std::convert::Into<::std::string::String>);
    let types: Vec<&TokenStream> = fields.iter().map(|_| &text).collect();
    let numbers: Vec<syn::Index> = (0..fields.len()).map(syn::Index::from).collect();
    let keys = fields
        .iter()
        .map(|f| format!("`{}{{n}}.{f}`", param.wire))
        .collect::<Vec<_>>()
        .join(" and ");
    let rule = format!(
        "Rows are numbered from 1 in the order they are added and sent as {keys}; more than \
         {max} is [`Error::InvalidInput`](crate::Error::InvalidInput) when the request is sent."
    );
    let mut one_doc = setter_doc(op, param);
    one_doc.push_str(&format!("\n\nAdds one row. {rule}"));
    let many_doc = format!(
        "Adds a row to `{}{{n}}` for each item, in order (see [`{}`](Self::{})).\n\n{rule}",
        param.wire, param.setter, param.setter
    );
    let one_doc = doc_lines(&one_doc);
    let many_doc = doc_lines(&many_doc);
    quote! {
        #one_doc
        pub fn #one(mut self, #(#args: #types),*) -> Self {
            self.op.#field.push([#(#args.into()),*]);
            self
        }

        #many_doc
        pub fn #many(mut self, rows: impl ::std::iter::IntoIterator<Item = (#(#types),*)>) -> Self {
            self.op.#field.extend(rows.into_iter().map(|row| [#(row.#numbers.into()),*]));
            self
        }
    }
}

fn setter_doc(op: &Op, param: &Param) -> String {
    let mut doc = format!("`{}`", param.wire);
    if param.description.is_empty() {
        doc.push_str(&format!(" ({} gives it no description).", op.id));
    } else {
        doc.push_str(": ");
        doc.push_str(&sanitize(&param.description));
    }
    let mut facts = Vec::new();
    if param.required {
        facts.push("Required.".to_owned());
    }
    if let Kind::Array(_) = param.kind {
        facts.push("Sent as repeated keys, one per value.".to_owned());
    }
    if !param.values.is_empty() {
        let values: Vec<String> = param.values.iter().map(|v| format!("`{v}`")).collect();
        facts.push(format!("One of {}.", values.join(", ")));
    }
    match (param.minimum, param.maximum) {
        (Some(min), Some(max)) => facts.push(format!("From {min} to {max}.")),
        (Some(min), None) => facts.push(format!("At least {min}.")),
        (None, Some(max)) => facts.push(format!("At most {max}.")),
        (None, None) => {}
    }
    if let Some(length) = param.max_length {
        facts.push(format!("At most {length} characters."));
    }
    if let Some(allowed) = &param.pattern_allowed {
        facts.push(format!("Only {allowed}."));
    } else if let Some(pattern) = &param.pattern {
        facts.push(format!("Matches `{pattern}`."));
    }
    if param.format.as_deref() == Some(WEBSOCKET_URL) {
        facts.push("A `wss://` URL.".to_owned());
    }
    if param.format.as_deref() == Some("uri") {
        facts.push("An absolute http(s) URL.".to_owned());
    }
    if op.exactly_one.iter().any(|g| g.contains(&param.wire)) {
        let group = op
            .exactly_one
            .iter()
            .find(|g| g.contains(&param.wire))
            .unwrap();
        facts.push(format!("Exactly one of {} must be set.", code_list(group)));
    }
    if let Some(group) = op.at_most_one.iter().find(|g| g.contains(&param.wire)) {
        facts.push(format!("At most one of {} may be set.", code_list(group)));
    }
    if param.secret {
        facts.push("Never shown in `Debug`.".to_owned());
    }
    if param.wire == IDEMPOTENCY_KEY {
        facts.push(
            "With it set, Twilio deduplicates the request, so a failed attempt (a timeout, a \
             5xx) is retried as a read would be; without it, the request is retried only when \
             it provably did not reach Twilio."
                .to_owned(),
        );
    }
    if !facts.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&facts.join(" "));
    }
    doc
}

fn code_list(wire_names: &[String]) -> String {
    wire_names
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn checks(op: &Op) -> TokenStream {
    let mut checks = Vec::new();
    for p in &op.params {
        let wire = &p.wire;
        let setter = &p.setter;
        let field = ident(&p.setter);
        if let Kind::Family { fields, max } = &p.kind {
            let first = family_first_over(p, fields, *max);
            checks.push(quote!(crate::check::family_rows(#first, self.#field.len(), #max)?;));
            continue;
        }
        let is_array = matches!(p.kind, Kind::Array(_));
        if p.location == Location::Path {
            match &p.newtype {
                Some(newtype) => {
                    let newtype = format_ident!("{}", newtype);
                    checks.push(quote!(crate::check::pattern::<crate::generated::types::#newtype>(#wire, &self.#field, None)?;));
                }
                None => checks
                    .push(quote!(crate::check::required_text(#wire, None, Some(&self.#field))?;)),
            }
            continue;
        }
        if p.required {
            checks.push(match (&p.kind, p.secret) {
                (Kind::Text, false) => quote!(crate::check::required_text(#wire, Some(#setter), self.#field.as_deref())?;),
                (Kind::Array(_), _) => quote!(crate::check::required(#wire, #setter, !self.#field.is_empty())?;),
                _ => quote!(crate::check::required(#wire, #setter, self.#field.is_some())?;),
            });
        }
        if is_array || p.secret {
            continue;
        }
        if let Some(newtype) = &p.newtype {
            let newtype = format_ident!("{}", newtype);
            let allowed = match &p.pattern_allowed {
                Some(words) => quote!(Some(#words)),
                None => quote!(None),
            };
            checks.push(quote! {
                if let Some(value) = &self.#field {
                    crate::check::pattern::<crate::generated::types::#newtype>(#wire, value, #allowed)?;
                }
            });
        }
        if p.minimum.is_some() || p.maximum.is_some() {
            let min = option_tokens(p.minimum);
            let max = option_tokens(p.maximum);
            checks.push(quote!(crate::check::range(#wire, self.#field, #min, #max)?;));
        }
        if p.format.as_deref() == Some("uri") && p.kind == Kind::Text {
            checks.push(quote!(crate::check::url(#wire, self.#field.as_deref())?;));
        }
        if p.format.as_deref() == Some(WEBSOCKET_URL) && p.kind == Kind::Text {
            checks.push(quote!(crate::check::websocket_url(#wire, self.#field.as_deref())?;));
        }
        if !p.values.is_empty() {
            let values = &p.values;
            checks
                .push(quote!(crate::check::one_of(#wire, self.#field.as_ref(), &[#(#values),*])?;));
        }
    }
    for (groups, rule) in [
        (&op.exactly_one, quote!(crate::check::exactly_one)),
        (&op.at_most_one, quote!(crate::check::at_most_one)),
    ] {
        for group in groups {
            let items = group.iter().map(|wire| {
                let p = op.param(wire).expect("checked when read");
                let field = ident(&p.setter);
                let set = if matches!(p.kind, Kind::Array(_)) {
                    quote!(!self.#field.is_empty())
                } else {
                    quote!(self.#field.is_some())
                };
                quote!((#wire, #set))
            });
            checks.push(quote!(#rule(&[#(#items),*])?;));
        }
    }
    quote!(#(#checks)*)
}

fn option_tokens(value: Option<i64>) -> TokenStream {
    match value {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    }
}

fn writes(op: &Op) -> TokenStream {
    let mut writes = Vec::new();
    // The path: literal pieces, and each `{Name}` as its parameter, percent-encoded.
    for (is_param, text) in path_pieces(&op.path) {
        if !is_param {
            writes.push(quote!(wire.literal(#text);));
            continue;
        }
        let param = op
            .params
            .iter()
            .find(|p| p.location == Location::Path && p.wire == text);
        let field = ident(&param.expect("checked when read").setter);
        writes.push(quote!(wire.segment(&self.#field);));
    }
    for p in &op.params {
        let wire = &p.wire;
        let field = ident(&p.setter);
        // An unset parameter is an empty slice; an array, its values; a credential, its text.
        if let Kind::Family { fields, .. } = &p.kind {
            writes.push(quote!(wire.family(#wire, &[#(#fields),*], &self.#field);));
            continue;
        }
        let values = match p.kind {
            Kind::Array(_) => quote!(&self.#field),
            _ if p.secret => {
                quote!(self.#field.as_ref().map(crate::auth::Secret::expose).as_slice())
            }
            _ => quote!(self.#field.as_slice()),
        };
        match p.location {
            Location::Path => {}
            Location::Query => writes.push(quote!(wire.query(#wire, #values);)),
            Location::Body => writes.push(quote!(wire.form(#wire, #values);)),
        }
    }
    quote!(#(#writes)*)
}

fn info(op: &Op) -> TokenStream {
    let name = &op.id;
    let method = format_ident!("{}", op.method);
    // Sending a GET or DELETE twice does no more than sending it once.
    let idempotent = matches!(op.method.as_str(), "GET" | "DELETE" | "HEAD");
    let body = op.response != Response::Empty;
    let form = op.params.iter().any(|p| p.location == Location::Body);
    quote! {
        crate::http::OperationInfo {
            name: #name,
            method: ::reqwest::Method::#method,
            idempotent: #idempotent,
            has_body: #body,
            has_form: #form,
        }
    }
}

fn description(op: &Op) -> Result<TokenStream, SurfaceError> {
    let placement = place(op)?;
    let collection = match &placement.nested {
        Some((_, segment, _)) => {
            let accessor = segment.to_snake_case();
            quote!(::std::option::Option::Some(#accessor))
        }
        None => quote!(::std::option::Option::None),
    };
    let action = placement.action;
    let id = &op.id;
    let method = &op.method;
    let path = &op.path;
    let summary = &op.summary;
    let params = op.params.iter().map(|p| {
        let wire = &p.wire;
        let setter = &p.setter;
        let location = match p.location {
            Location::Path => quote!(crate::description::Location::Path),
            Location::Query => quote!(crate::description::Location::Query),
            Location::Body => quote!(crate::description::Location::Body),
        };
        let required = p.required;
        let (kind, repeated) = match &p.kind {
            Kind::Array(item) => (kind_name(item), true),
            Kind::Family { .. } => ("string", true),
            other => (kind_name(other), false),
        };
        let (family, max_items) = match &p.kind {
            Kind::Family { fields, max } => {
                (fields.clone(), quote!(::std::option::Option::Some(#max)))
            }
            _ => (Vec::new(), quote!(::std::option::Option::None)),
        };
        let format = option_str(p.format.as_deref());
        let values = listed_values(p);
        let minimum = option_tokens(p.minimum);
        let maximum = option_tokens(p.maximum);
        let pattern = option_str(p.pattern.as_deref());
        let max_length = match p.max_length {
            Some(n) => quote!(::std::option::Option::Some(#n)),
            None => quote!(::std::option::Option::None),
        };
        let doc = &p.description;
        quote! {
            crate::description::ParameterDescription {
                wire: #wire,
                setter: #setter,
                location: #location,
                required: #required,
                kind: #kind,
                repeated: #repeated,
                format: #format,
                values: &[#(#values),*],
                minimum: #minimum,
                maximum: #maximum,
                max_length: #max_length,
                pattern: #pattern,
                family: &[#(#family),*],
                max_items: #max_items,
                description: #doc,
            }
        }
    });
    let groups = |groups: &[Vec<String>]| {
        let groups = groups.iter().map(|g| quote!(&[#(#g),*]));
        quote!(&[#(#groups),*])
    };
    let exactly_one = groups(&op.exactly_one);
    let at_most_one = groups(&op.at_most_one);
    Ok(quote! {
        crate::description::OperationDescription {
            id: #id,
            method: #method,
            path: #path,
            collection: #collection,
            action: #action,
            summary: #summary,
            parameters: &[#(#params),*],
            exactly_one_of: #exactly_one,
            at_most_one_of: #at_most_one,
        }
    })
}

/// The values a parameter takes, as its description lists them: the spec's, or for an open
/// enum whose values only the prose gives (codegen/rules.rs), the enum's known values.
fn listed_values(param: &Param) -> Vec<String> {
    if !param.values.is_empty() {
        return param.values.clone();
    }
    let path = match &param.kind {
        Kind::Rust(path) => path,
        Kind::Array(item) => match item.as_ref() {
            Kind::Rust(path) => path,
            _ => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let name = path.rsplit("::").next().unwrap_or_default();
    crate::names::OPEN_ENUMS
        .iter()
        .find(|e| e.name == name)
        .map(|e| {
            e.values
                .iter()
                .map(|(wire, ..)| (*wire).to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Text => "string",
        Kind::Integer => "integer",
        Kind::Number => "number",
        Kind::Boolean => "boolean",
        Kind::Rust(_) => "string",
        Kind::Array(_) => "array",
        Kind::Family { .. } => "family",
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    }
}

/// The open enums of [`crate::names::OPEN_ENUMS`]: each with the values the table names and
/// means, then any value the prepared spec lists for it that the table does not know yet.
pub fn emit_enums(spec: &Value) -> TokenStream {
    let mut typed = typed_enums(spec);
    // Every open enum: the table's, then those the prepare step made of the spec's enums.
    let mut enums: Vec<(String, String, Vec<EnumValue>)> = crate::names::OPEN_ENUMS
        .iter()
        .map(|open| {
            let values = open
                .values
                .iter()
                .map(|(wire, variant, doc)| {
                    ((*wire).to_owned(), (*variant).to_owned(), (*doc).to_owned())
                })
                .collect();
            (open.name.to_owned(), open.doc.to_owned(), values)
        })
        .collect();
    for (name, typed) in &typed {
        let Some(schema) = &typed.schema else {
            continue;
        };
        if enums.iter().any(|(known, _, _)| known == name) {
            continue;
        }
        let mut doc = format!("The values of the spec's `{schema}`.");
        if !typed.description.is_empty() {
            doc = format!("{}\n\n{doc}", sanitize(&typed.description));
        }
        enums.push((name.clone(), doc, Vec::new()));
    }
    let enums = enums.into_iter().map(|(name, doc, mut values)| {
        let listed = typed.remove(&name).map(|t| t.values).unwrap_or_default();
        for wire in listed {
            if !values.iter().any(|(known, _, _)| *known == wire) {
                let mut variant = pascal(&wire);
                if variant == "Unknown" || !variant.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    variant = format!("Value{variant}");
                }
                let doc = format!("`{wire}`.");
                values.push((wire, variant, doc));
            }
        }
        open_enum(&name, &doc, &values)
    });
    quote!(#(#enums)*)
}

/// One value of an open enum: `(wire value, variant name, meaning)`.
type EnumValue = (String, String, String);

/// What the prepared spec says of one of our types (`x-rust-type: twilio_calls::…`).
#[derive(Default)]
struct TypedEnum {
    /// The enum schema the prepare step made it of (`x-enum-schema`), if it did.
    schema: Option<String>,
    /// That schema's description.
    description: String,
    /// The `enum` values of every schema typed with it (array items included), each once,
    /// in the order found.
    values: Vec<String>,
}

/// Every type `x-rust-type` names in the prepared spec, by its Rust name, in one walk.
fn typed_enums(spec: &Value) -> BTreeMap<String, TypedEnum> {
    let mut found: BTreeMap<String, TypedEnum> = BTreeMap::new();
    let mut pending = vec![spec];
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(map) => {
                let path = map
                    .get("x-rust-type")
                    .and_then(|t| t.get("path"))
                    .and_then(Value::as_str);
                if let Some(name) = path.and_then(|p| p.strip_prefix("twilio_calls::")) {
                    let typed = found.entry(name.to_owned()).or_default();
                    if let (None, Some(schema)) = (
                        &typed.schema,
                        map.get("x-enum-schema").and_then(Value::as_str),
                    ) {
                        typed.schema = Some(schema.to_owned());
                        typed.description = map
                            .get("description")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .trim()
                            .to_owned();
                    }
                    let listed = map.get("enum").and_then(Value::as_array);
                    for wire in listed.into_iter().flatten().filter_map(Value::as_str) {
                        if !typed.values.iter().any(|v| v == wire) {
                            typed.values.push(wire.to_owned());
                        }
                    }
                }
                pending.extend(map.values());
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    found
}

/// One open enum: its variants, `Unknown(String)` for anything else, and the conversions
/// to and from Twilio's strings.
fn open_enum(name: &str, doc: &str, values: &[EnumValue]) -> TokenStream {
    let ty = format_ident!("{}", name);
    let (first_wire, first_variant) = (&values[0].0, &values[0].1);
    let doc = format!(
        "{doc}\n\nForward-compatible: a value Twilio adds later decodes as `Unknown`, keeping \
         the string, and serializes back unchanged.\n\n```\nuse twilio_calls::{name};\n\n\
         let known: {name} = serde_json::from_str(r#\"\"{first_wire}\"\"#).unwrap();\n\
         assert_eq!(known, {name}::{first_variant});\n\
         assert_eq!(known.as_str(), \"{first_wire}\");\n\
         let new: {name} = \"added-later\".parse().unwrap();\n\
         assert_eq!(new, {name}::Unknown(\"added-later\".into()));\n\
         assert_eq!(serde_json::to_string(&new).unwrap(), r#\"\"added-later\"\"#);\n```"
    );
    let doc = doc_lines(&doc);
    let variants = values.iter().map(|(_, variant, doc)| {
        let variant = format_ident!("{}", variant);
        let doc = doc_lines(doc);
        quote!(#doc #variant,)
    });
    let to_wire = values.iter().map(|(wire, variant, _)| {
        let variant = format_ident!("{}", variant);
        quote!(Self::#variant => #wire,)
    });
    let from_wire = values.iter().map(|(wire, variant, _)| {
        let variant = format_ident!("{}", variant);
        quote!(#wire => Self::#variant,)
    });
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #ty {
            #(#variants)*
            /// A value this version of the SDK does not know, kept as Twilio sent it.
            Unknown(::std::string::String),
        }

        impl #ty {
            /// The value as Twilio writes it on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::Unknown(other) => other,
                }
            }
        }

        impl ::std::convert::From<&str> for #ty {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_wire)*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #ty {
            fn from(value: ::std::string::String) -> Self {
                match Self::from(value.as_str()) {
                    Self::Unknown(_) => Self::Unknown(value),
                    known => known,
                }
            }
        }

        impl ::std::str::FromStr for #ty {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(Self::from(value))
            }
        }

        impl ::std::convert::AsRef<str> for #ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::std::fmt::Display for #ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)
                    .map(|value| Self::from(value.as_ref()))
            }
        }
    }
}

/// `#[doc = …]` attributes, one per line (rustdoc joins them).
fn doc_lines(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = format!(" {line}");
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Twilio's descriptions as rustdoc: markdown links and code spans are kept; other square
/// brackets and angle brackets are escaped, so rustdoc takes them for neither intra-doc links
/// nor HTML.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
            out.push(c);
        } else if in_code {
            out.push(c);
        } else if c == '[' {
            // `[text](url)` stays a link.
            let close = chars[i..].iter().position(|&c| c == ']').map(|p| i + p);
            match close {
                Some(close) if chars.get(close + 1) == Some(&'(') => {
                    out.extend(&chars[i..=close]);
                    i = close + 1;
                    continue;
                }
                _ => out.push_str("\\["),
            }
        } else if c == ']' {
            out.push_str("\\]");
        } else if c == '<' {
            out.push_str("&lt;");
        } else if c == '>' {
            out.push_str("&gt;");
        } else if c == '\r' {
        } else {
            out.push(c);
        }
        i += 1;
    }
    if in_code {
        // An unbalanced backtick would swallow what follows in the rendered page.
        out.push('`');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_wire_names() {
        assert_eq!(
            "MachineDetectionTimeout".to_snake_case(),
            "machine_detection_timeout"
        );
        assert_eq!("StartTimeBefore".to_snake_case(), "start_time_before");
        assert_eq!(
            pascal("CreateCall-ApplicationSid"),
            "CreateCallApplicationSid"
        );
        assert_eq!(pascal("api.v2010.account.call"), "ApiV2010AccountCall");
        let mut params = vec![param("Send"), param("Limit"), param("To")];
        name_setters(&mut params).unwrap();
        let names: Vec<_> = params.iter().map(|p| p.setter.as_str()).collect();
        assert_eq!(names, ["send_param", "limit_param", "to"]);
        let mut twins = vec![param("To"), param("to")];
        assert!(name_setters(&mut twins).unwrap_err().contains("`to`"));
    }

    fn param(wire: &str) -> Param {
        Param {
            wire: wire.into(),
            setter: wire.to_snake_case(),
            location: Location::Body,
            required: false,
            kind: Kind::Text,
            format: None,
            values: vec![],
            minimum: None,
            maximum: None,
            max_length: None,
            pattern: None,
            pattern_allowed: None,
            newtype: None,
            secret: is_secret(wire),
            description: String::new(),
        }
    }

    #[test]
    fn path_templates_split_into_literals_and_parameters() {
        assert_eq!(
            path_pieces("/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"),
            [
                (false, "/2010-04-01/Accounts/"),
                (true, "AccountSid"),
                (false, "/Calls/"),
                (true, "Sid"),
                (false, ".json"),
            ]
        );
        assert_eq!(path_pieces("/x"), [(false, "/x")]);
    }

    #[test]
    fn credentials_are_secret_and_page_tokens_are_not() {
        assert!(is_secret("SipAuthPassword"));
        assert!(is_secret("CallToken"));
        assert!(!is_secret("PageToken"));
        assert!(!is_secret("To"));
    }

    #[test]
    fn descriptions_become_safe_rustdoc() {
        assert_eq!(
            sanitize("See [Account](https://x.y/a) or [this] for `<Dial>`; a <b> tag"),
            "See [Account](https://x.y/a) or \\[this\\] for `<Dial>`; a &lt;b&gt; tag"
        );
        assert_eq!(sanitize("odd ` tick"), "odd ` tick`");
    }
}
