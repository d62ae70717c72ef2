//! Where each operation sits in the surface, by the shape of its path and its method, and
//! the handlers of the collections below the root's resources.

use std::collections::BTreeSet;

use heck::ToSnakeCase;

use crate::model::{Action, Collection, Handler, Method, Op, PathPiece, PathTemplate, Placement};
use crate::names::{HANDLER_METHODS, ROOT_COLLECTION};

/// Places an operation: on the root collection (the Calls) or on a collection below one of
/// its resources, with the handler method that reaches it. Paths the surface has no handler
/// for (nested deeper than one resource below the root, say) fail.
pub(super) fn place(method: Method, path: &PathTemplate) -> Result<Placement, String> {
    let text = &path.text;
    let pieces: Vec<&str> = text
        .trim_end_matches(".json")
        .trim_start_matches('/')
        .split('/')
        .collect();
    let is_param = |p: &str| p.starts_with('{') && p.ends_with('}');
    let on_item = pieces.last().is_some_and(|p| is_param(p));
    let collection = &pieces[..pieces.len() - usize::from(on_item)];
    let action = action(method, on_item).ok_or_else(|| {
        let target = if on_item { "an item" } else { "a collection" };
        format!("no handler method for {} on {target}", method.as_str())
    })?;
    let joined = |pieces: &[&str]| format!("/{}.json", pieces.join("/"));
    if joined(collection) == ROOT_COLLECTION {
        return Ok(Placement {
            collection: None,
            action,
        });
    }
    let [.., parent_segment, parent_param, segment] = collection else {
        return Err(format!("`{text}` is not below a resource"));
    };
    if !is_param(parent_param) || is_param(segment) {
        return Err(format!("`{text}` is not below a resource"));
    }
    // Only one level below the root for now: the parent is the root's resource.
    if joined(&collection[..collection.len() - 2]) != ROOT_COLLECTION {
        return Err(format!(
            "`{text}` is nested deeper than one resource below the Calls, which has no handler yet"
        ));
    }
    // The path parameters up to the collection: those its handler holds.
    let held_count = collection.iter().filter(|p| is_param(p)).count();
    let held = path
        .pieces
        .iter()
        .filter_map(|piece| match piece {
            PathPiece::Param(name) => Some(name.clone()),
            PathPiece::Literal(_) => None,
        })
        .take(held_count)
        .collect();
    Ok(Placement {
        collection: Some(Collection {
            parent_segment: (*parent_segment).to_owned(),
            segment: (*segment).to_owned(),
            held,
        }),
        action,
    })
}

/// What a handler method does, by the shape of the operation's path and its method.
fn action(method: Method, on_item: bool) -> Option<Action> {
    Some(match (method, on_item) {
        (Method::Post, false) => Action::Create,
        (Method::Get, false) => Action::List,
        (Method::Get, true) => Action::Fetch,
        (Method::Post, true) => Action::Update,
        (Method::Delete, true) => Action::Delete,
        (Method::Delete, false) => return None,
    })
}

/// The handlers of the nested collections, so that a new subresource needs no hand edit:
/// each collection below one of the root's resources (`/Calls/{CallSid}/Recordings.json`)
/// gets a handler named by the parent's singular and the segment (`CallRecordings`), reached
/// by the segment's snake_case (`recordings`) from the parent handler, with `create`/`list`
/// on the collection and `fetch`/`update`/`delete` on an item.
pub(super) fn handlers(ops: &[Op]) -> Result<Vec<Handler>, String> {
    let mut handlers: Vec<Handler> = Vec::new();
    for (index, op) in ops.iter().enumerate() {
        // The root's own operations are the hand-written handler's.
        let Some(collection) = &op.placement.collection else {
            continue;
        };
        let name = collection.handler_name();
        let position = handlers
            .iter()
            .position(|h| h.collection.handler_name() == name);
        let handler = match position {
            Some(position) => &mut handlers[position],
            None => {
                handlers.push(Handler {
                    collection: collection.clone(),
                    accessor: collection.segment.to_snake_case(),
                    methods: Vec::new(),
                });
                handlers.last_mut().expect("just pushed")
            }
        };
        let action = op.placement.action;
        if handler.methods.iter().any(|(a, _)| *a == action) {
            return Err(format!(
                "{}: {name} already has a `{}`",
                op.id,
                action.as_str()
            ));
        }
        handler.methods.push((action, index));
    }
    let mut accessors = BTreeSet::new();
    for handler in &mut handlers {
        handler.methods.sort_by_key(|(action, _)| *action);
        if !accessors.insert(handler.accessor.clone())
            || HANDLER_METHODS.contains(&handler.accessor.as_str())
        {
            return Err(format!(
                "two handlers would be reached as `{}`",
                handler.accessor
            ));
        }
    }
    Ok(handlers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(method: Method, path: &str) -> Result<Placement, String> {
        place(method, &PathTemplate::parse(path).unwrap())
    }

    #[test]
    fn operations_are_placed_by_path_and_method() {
        let root = placed(
            Method::Get,
            "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
        );
        assert_eq!(
            root.unwrap(),
            Placement {
                collection: None,
                action: Action::Fetch
            }
        );
        let nested = placed(
            Method::Post,
            "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
        )
        .unwrap();
        assert_eq!(nested.action, Action::Update);
        let collection = nested.collection.unwrap();
        assert_eq!(collection.handler_name(), "CallRecordings");
        assert_eq!(collection.held, ["AccountSid", "CallSid"]);
        let deep = placed(
            Method::Get,
            "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}/X.json",
        );
        assert!(deep.unwrap_err().contains("nested deeper"));
        let odd = placed(
            Method::Delete,
            "/2010-04-01/Accounts/{AccountSid}/Calls.json",
        );
        assert_eq!(
            odd.unwrap_err(),
            "no handler method for DELETE on a collection"
        );
    }
}
