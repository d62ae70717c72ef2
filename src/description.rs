//! What the generated [`DESCRIPTIONS`](crate::operations::DESCRIPTIONS) say of each
//! operation and parameter: enough to build a request by wire name from text (a command line,
//! a spec-driven test) without knowing the operation in advance.

/// One operation.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct OperationDescription {
    /// The `operationId` (`CreateCall`).
    pub id: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// The path template (`/2010-04-01/Accounts/{AccountSid}/Calls.json`).
    pub path: &'static str,
    /// The collection below a call that the operation acts on, by the name of the
    /// [`Calls`](crate::Calls) method that reaches it (`recordings`); `None` for the calls
    /// themselves.
    pub collection: Option<&'static str>,
    /// The handler method that makes the request: `create`, `fetch`, `update`, `delete` or
    /// `list`.
    pub action: &'static str,
    /// The spec's summary.
    pub summary: &'static str,
    /// Every parameter, path parameters first, then query or form ones in the spec's order.
    pub parameters: &'static [ParameterDescription],
    /// Groups of wire names of which exactly one must be set.
    pub exactly_one_of: &'static [&'static [&'static str]],
    /// Groups of wire names of which at most one may be set.
    pub at_most_one_of: &'static [&'static [&'static str]],
}

/// Where a parameter goes on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// In the path (a constructor argument of the request).
    Path,
    /// In the query string.
    Query,
    /// In the form body.
    Body,
}

/// One parameter.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct ParameterDescription {
    /// The key on the wire (`StartTime<`).
    pub wire: &'static str,
    /// The setter's name (`start_time_before`).
    pub setter: &'static str,
    /// Where it goes.
    pub location: Location,
    /// Whether the request is refused without it.
    pub required: bool,
    /// The JSON type of a value: `string`, `integer`, `number` or `boolean`.
    pub kind: &'static str,
    /// Whether it takes several values (sent as repeated keys).
    pub repeated: bool,
    /// The schema's `format` (`uri`, `http-method`, `date-time`, …).
    pub format: Option<&'static str>,
    /// The values it takes, if the spec lists them.
    pub values: &'static [&'static str],
    /// The smallest value it takes.
    pub minimum: Option<i64>,
    /// The largest value it takes.
    pub maximum: Option<i64>,
    /// The most characters it takes.
    pub max_length: Option<usize>,
    /// The pattern its values match.
    pub pattern: Option<&'static str>,
    /// For a family of numbered keys (`Parameter{n}.Name`, `Parameter{n}.Value`, where
    /// `wire` is `Parameter`), its fields in order; empty otherwise.
    pub family: &'static [&'static str],
    /// For a family, how many rows the spec numbers.
    pub max_items: Option<usize>,
    /// The spec's description.
    pub description: &'static str,
}

impl OperationDescription {
    /// The operation with this `operationId`, if the surface has it.
    ///
    /// ```
    /// let create = twilio_calls::OperationDescription::find("CreateCall").unwrap();
    /// assert_eq!(create.method, "POST");
    /// assert!(create.parameter("To").unwrap().required);
    /// ```
    pub fn find(id: &str) -> Option<&'static Self> {
        crate::operations::DESCRIPTIONS
            .iter()
            .find(|op| op.id == id)
    }

    /// The parameter with this wire name.
    pub fn parameter(&self, wire: &str) -> Option<&'static ParameterDescription> {
        self.parameters.iter().find(|p| p.wire == wire)
    }
}
