//! The reader: the prepared spec (as progenitor reads it, `openapiv3`) into the model
//! (codegen/model.rs), once, checking everything the emitters rely on. A spec the surface
//! cannot be generated from fails here, naming the operation and the reason; the emitters
//! then cannot fail.

mod enums;
mod params;
mod placement;
mod response;

use std::collections::BTreeSet;
use std::fmt;

use openapiv3::{
    OpenAPI, Operation, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind, Type,
};
use serde_json::Value;

use crate::model::{Kind, Location, Method, Op, Param, PathTemplate, Surface};
use crate::names::IDEMPOTENCY_KEY;

pub use enums::open_enums;
pub use response::pascal;

/// A spec the surface cannot be generated from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError(pub String);

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the surface emitter failed: {}", self.0)
    }
}

impl std::error::Error for ReadError {}

/// Reads the surface of a prepared spec. `types` are the names of the types typify
/// generated, to check that every type the builders name exists.
pub fn surface(spec: &OpenAPI, types: &BTreeSet<String>) -> Result<Surface, ReadError> {
    let mut ops = Vec::new();
    for (path, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            return Err(ReadError(format!("path `{path}` is a reference")));
        };
        for (method, op) in item.iter() {
            let id = op
                .operation_id
                .clone()
                .ok_or_else(|| ReadError(format!("{method} {path} has no operationId")))?;
            let read = Read {
                spec,
                types,
                id: &id,
            };
            ops.push(
                read.operation(path, method, op, &item.parameters)
                    .map_err(|message| ReadError(format!("{id}: {message}")))?,
            );
        }
    }
    ops.sort_by(|a, b| a.id.cmp(&b.id));
    let handlers = placement::handlers(&ops).map_err(ReadError)?;
    let resources = response::resource_aliases(&ops).map_err(ReadError)?;
    Ok(Surface {
        ops,
        handlers,
        resources,
    })
}

/// What reading one operation needs: the spec, typify's types, the operation's id.
struct Read<'a> {
    spec: &'a OpenAPI,
    types: &'a BTreeSet<String>,
    id: &'a str,
}

impl Read<'_> {
    fn operation(
        &self,
        path: &str,
        method: &str,
        op: &Operation,
        path_item_parameters: &[ReferenceOr<Parameter>],
    ) -> Result<Op, String> {
        let method = match method {
            "get" => Method::Get,
            "post" => Method::Post,
            "delete" => Method::Delete,
            other => return Err(format!("the surface has no use for the method `{other}`")),
        };
        let path = PathTemplate::parse(path)
            .ok_or_else(|| format!("the path `{path}` has an unclosed `{{`"))?;
        let mut params = self.parameters(op, path_item_parameters)?;
        let mut groups = (Vec::new(), Vec::new());
        if let Some(body) = &op.request_body {
            groups = self.form(body, &mut params)?;
        }
        params::name_setters(&mut params)?;
        let (response, schema) = response::response(self.types, self.id, op)?;
        let placement = placement::place(method, &path)?;
        let page_size = params::page_size(&params, &response)?;
        let idempotency_key = params.iter().position(|p| {
            p.wire == IDEMPOTENCY_KEY && p.location == Location::Body && p.kind == Kind::Text
        });
        let op = Op {
            resource: schema.map(|schema| (response::resource_name(&schema), pascal(&schema))),
            summary: op.summary.clone().unwrap_or_default(),
            description: op.description.clone().unwrap_or_default(),
            id: self.id.to_owned(),
            method,
            page_size,
            idempotency_key,
            path,
            params,
            exactly_one: groups.0,
            at_most_one: groups.1,
            response,
            placement,
        };
        check_names(&op)?;
        Ok(op)
    }

    /// The path item's parameters (unless the operation declares one of the same name), then
    /// the operation's: path and query parameters.
    fn parameters(
        &self,
        op: &Operation,
        path_item_parameters: &[ReferenceOr<Parameter>],
    ) -> Result<Vec<Param>, String> {
        let mut declared = Vec::new();
        for param in &op.parameters {
            declared.push(self.parameter(param)?.parameter_data_ref().name.clone());
        }
        let inherited = path_item_parameters.iter().filter(|param| {
            self.parameter(param)
                .is_ok_and(|p| !declared.contains(&p.parameter_data_ref().name))
        });
        let mut params = Vec::new();
        for param in inherited.chain(&op.parameters) {
            let (data, location) = match self.parameter(param)? {
                Parameter::Path { parameter_data, .. } => (parameter_data, Location::Path),
                Parameter::Query { parameter_data, .. } => (parameter_data, Location::Query),
                // Twilio's Calls operations take no header or cookie parameters; a new one
                // would need a place in the request, so it is refused rather than dropped.
                Parameter::Header { parameter_data, .. }
                | Parameter::Cookie { parameter_data, .. } => {
                    return Err(format!(
                        "parameter `{}` is a header or cookie, which the builders cannot send",
                        parameter_data.name
                    ));
                }
            };
            let ParameterSchemaOrContent::Schema(schema) = &data.format else {
                return Err(format!("parameter `{}` has no schema", data.name));
            };
            // A shared schema (a SID kind, see the prepare step `share_sid_parameters`) is
            // typify's type of that name; an inline one is named by operation and parameter.
            let newtype_name = match schema {
                ReferenceOr::Reference { reference } => {
                    reference.rsplit('/').next().unwrap_or_default().to_owned()
                }
                ReferenceOr::Item(_) => format!("{}-{}", self.id, data.name),
            };
            let schema = self.schema(schema)?;
            let wire = data
                .extensions
                .get("x-wire-name")
                .and_then(Value::as_str)
                .unwrap_or(&data.name);
            params.push(self.param(params::Declared {
                wire,
                name: &data.name,
                location,
                required: data.required || location == Location::Path,
                schema,
                description: data.description.as_deref(),
                newtype_name: &newtype_name,
            })?);
        }
        Ok(params)
    }

    /// The form's parameters, added to `params`, and its one-of groups (exactly one, at most
    /// one).
    #[allow(clippy::type_complexity)]
    fn form(
        &self,
        body: &ReferenceOr<openapiv3::RequestBody>,
        params: &mut Vec<Param>,
    ) -> Result<(Vec<Vec<String>>, Vec<Vec<String>>), String> {
        let body = match body {
            ReferenceOr::Item(body) => body,
            ReferenceOr::Reference { reference } => {
                return Err(format!("request body {reference} is a reference"));
            }
        };
        let media = body
            .content
            .get("application/x-www-form-urlencoded")
            .ok_or("the request body is not a form")?;
        let schema = media.schema.as_ref().ok_or("the form has no schema")?;
        let schema = self.schema(schema)?;
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            return Err("the form's schema is not an object".into());
        };
        let title = schema
            .schema_data
            .title
            .clone()
            .unwrap_or_else(|| format!("{}Body", self.id));
        for (name, property) in &object.properties {
            let property = match property {
                ReferenceOr::Item(schema) => schema.as_ref(),
                ReferenceOr::Reference { reference } => self.reference(reference)?,
            };
            params.push(self.param(params::Declared {
                wire: name,
                name,
                location: Location::Body,
                required: object.required.contains(name),
                schema: property,
                description: property.schema_data.description.as_deref(),
                newtype_name: &format!("{title}-{name}"),
            })?);
        }
        let groups = |key: &str| -> Vec<Vec<String>> {
            let Some(Value::Array(groups)) = schema.schema_data.extensions.get(key) else {
                return Vec::new();
            };
            let names = |g: &Vec<Value>| -> Vec<String> {
                g.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            };
            groups
                .iter()
                .filter_map(Value::as_array)
                .map(names)
                .collect()
        };
        Ok((groups("x-exactly-one-of"), groups("x-at-most-one-of")))
    }

    fn parameter<'s>(&'s self, param: &'s ReferenceOr<Parameter>) -> Result<&'s Parameter, String> {
        match param {
            ReferenceOr::Item(param) => Ok(param),
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/parameters/")
                    .ok_or_else(|| format!("cannot follow {reference}"))?;
                let components = self.spec.components.as_ref();
                match components.and_then(|c| c.parameters.get(name)) {
                    Some(ReferenceOr::Item(param)) => Ok(param),
                    _ => Err(format!("cannot follow {reference}")),
                }
            }
        }
    }

    fn schema<'s>(&'s self, schema: &'s ReferenceOr<Schema>) -> Result<&'s Schema, String> {
        match schema {
            ReferenceOr::Item(schema) => Ok(schema),
            ReferenceOr::Reference { reference } => self.reference(reference),
        }
    }

    fn reference(&self, reference: &str) -> Result<&Schema, String> {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .ok_or_else(|| format!("cannot follow {reference}"))?;
        match self
            .spec
            .components
            .as_ref()
            .and_then(|c| c.schemas.get(name))
        {
            Some(ReferenceOr::Item(schema)) => Ok(schema),
            Some(ReferenceOr::Reference { reference }) => self.reference(reference),
            None => Err(format!("{reference} names no component schema")),
        }
    }
}

/// Every name the path and the one-of groups use is a parameter of the operation.
fn check_names(op: &Op) -> Result<(), String> {
    for name in op.path.params() {
        if !op.path_params().any(|p| p.wire == name) {
            return Err(format!(
                "the path names `{{{name}}}`, which is no path parameter"
            ));
        }
    }
    for group in op.exactly_one.iter().chain(&op.at_most_one) {
        for wire in group {
            if op.param(wire).is_none() {
                return Err(format!(
                    "a one-of group names `{wire}`, which is no parameter"
                ));
            }
        }
    }
    Ok(())
}
