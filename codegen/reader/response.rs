//! What an operation's success response carries, and the public names of the resources.

use std::collections::BTreeSet;

use heck::ToPascalCase;
use openapiv3::{Operation, ReferenceOr, SchemaKind, StatusCode, Type};

use crate::model::{Op, ResourceAlias, Response};

/// What an operation's success response carries, and the component schema of the resource
/// it returns (or whose items its page holds), if it names one.
pub(super) fn response(
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
    let title = schema.schema_data.title.clone();
    let page = type_name(title.unwrap_or_else(|| format!("{id}Response")))?;
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
pub(super) fn resource_name(schema: &str) -> String {
    crate::names::RESOURCE_NAMES
        .iter()
        .find(|(name, _)| *name == schema)
        .map(|(_, rust)| (*rust).to_owned())
        .unwrap_or_else(|| pascal(schema.rsplit('.').next().unwrap_or(schema)))
}

/// One alias per resource type the operations return, with the operations that return it;
/// two types of one name, or a resource named as an open enum, fail.
pub(super) fn resource_aliases(ops: &[Op]) -> Result<Vec<ResourceAlias>, String> {
    let mut aliases: Vec<ResourceAlias> = Vec::new();
    for op in ops {
        let Some((name, ty)) = &op.resource else {
            continue;
        };
        match aliases.iter_mut().find(|alias| &alias.name == name) {
            Some(alias) if &alias.ty == ty => alias.ops.push(op.id.clone()),
            Some(_) => return Err(format!("two resource types would be called `{name}`")),
            None => aliases.push(ResourceAlias {
                name: name.clone(),
                ty: ty.clone(),
                ops: vec![op.id.clone()],
            }),
        }
    }
    let enums: Vec<&str> = crate::names::OPEN_ENUMS.iter().map(|e| e.name).collect();
    if let Some(alias) = aliases.iter().find(|a| enums.contains(&a.name.as_str())) {
        return Err(format!(
            "the resource `{}` has the name of an open enum: give it another in RESOURCE_NAMES",
            alias.name
        ));
    }
    Ok(aliases)
}

/// A name as progenitor and typify turn it into a type name.
pub fn pascal(name: &str) -> String {
    name.replace('\'', "")
        .replace(|c: char| !(c.is_ascii_alphanumeric() || c == '_'), "-")
        .to_pascal_case()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_typify_s() {
        assert_eq!(
            pascal("CreateCall-ApplicationSid"),
            "CreateCallApplicationSid"
        );
        assert_eq!(pascal("api.v2010.account.call"), "ApiV2010AccountCall");
        assert_eq!(
            resource_name("api.v2010.account.call.call_recording"),
            "CallRecording"
        );
        assert_eq!(
            resource_name("api.v2010.account.call.stream"),
            "MediaStream"
        );
    }
}
