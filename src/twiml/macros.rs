//! The macros that write the elements' setters and constructors from their attribute
//! lists (`element!`, `shared_attributes!`, `values!`, `text_content!`, `empty_content!`,
//! `nests!`).

/// Defines a verb or noun: a newtype over [`Element`] with one setter per attribute.
/// Setter kinds: `text` (any string), `number` (`u32`), `flag` (`bool`, written
macro_rules! element {
    (
        $(#[$meta:meta])*
        $name:ident = $tag:literal;
        $( $(#[$ameta:meta])* $setter:ident: $kind:ident $($ty:ty)? => $attribute:literal; )*
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name(pub(super) Element);

        impl $name {
            element!(@setters $( $(#[$ameta])* $setter: $kind $($ty)? => $attribute; )*);

            /// Any attribute, by its TwiML name (`"statusCallbackEvent"`), for one this
            /// builder has no setter for yet (Twilio adds them over time), as twilio-python's
            /// keyword arguments allow. Replaces a value set before under the same name.
            ///
            /// A name that is not an XML name is never written:
            /// [`VoiceResponse::to_xml`](crate::twiml::VoiceResponse::to_xml) leaves it out and [`VoiceResponse::try_to_xml`](crate::twiml::VoiceResponse::try_to_xml)
            /// says so.
            pub fn attribute(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.0.attributes.insert(Cow::Owned(name.into()), value.into());
                self
            }
        }
    };
    (@setters $( $(#[$ameta:meta])* $setter:ident: $kind:ident $($ty:ty)? => $attribute:literal; )*) => {
        $( element!(@setter $(#[$ameta])* $setter $kind $($ty)? => $attribute); )*
    };
    (@setter $(#[$m:meta])* $setter:ident text => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "`.")]
        pub fn $setter(mut self, value: impl Into<String>) -> Self {
            self.0.attributes.insert(Cow::Borrowed($a), value.into());
            self
        }
    };
    (@setter $(#[$m:meta])* $setter:ident number => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "`.")]
        pub fn $setter(mut self, value: u32) -> Self {
            self.0.attributes.insert(Cow::Borrowed($a), value.to_string());
            self
        }
    };
    (@setter $(#[$m:meta])* $setter:ident flag => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "`.")]
        pub fn $setter(mut self, value: bool) -> Self {
            self.0.attributes.insert(Cow::Borrowed($a), value.to_string());
            self
        }
    };
    (@setter $(#[$m:meta])* $setter:ident one $ty:ty => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "`.")]
        pub fn $setter(mut self, value: $ty) -> Self {
            self.0.attributes.insert(Cow::Borrowed($a), value.as_str().to_owned());
            self
        }
    };
    (@setter $(#[$m:meta])* $setter:ident list $ty:ty => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "` (values separated by spaces).")]
        pub fn $setter(mut self, values: impl IntoIterator<Item = $ty>) -> Self {
            let values: Vec<String> = values.into_iter().map(|v| v.as_str().to_owned()).collect();
            self.0.attributes.insert(Cow::Borrowed($a), values.join(" "));
            self
        }
    };
}

/// Adds the same attributes (same setters, same docs) to several elements.
macro_rules! shared_attributes {
    (for $first:ident $(, $rest:ident)* { $($setters:tt)* }) => {
        impl $first {
            element!(@setters $($setters)*);
        }
        shared_attributes!(for $($rest),* { $($setters)* });
    };
    (for { $($setters:tt)* }) => {};
}

/// Defines a closed enum of the values an attribute accepts.
macro_rules! values {
    ($(#[$meta:meta])* $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// The value as TwiML writes it.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $( Self::$variant => $wire, )+
                }
            }
        }
    };
}

/// Constructors for an element whose content is text (`Say`'s message, `Number`'s phone
/// number, …), plus `From<&str>`/`From<String>` so the text alone can stand for it.
macro_rules! text_content {
    ($($name:ident = $tag:literal, $what:literal;)+) => {$(
        impl $name {
            #[doc = concat!("`<", $tag, ">` with ", $what, ".")]
            pub fn new(text: impl Into<String>) -> Self {
                Self(Element::with_text($tag, text.into()))
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                Self::new(text)
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                Self::new(text)
            }
        }
    )+};
}

/// Constructors for an element with no content of its own.
macro_rules! empty_content {
    ($($name:ident = $tag:literal;)+) => {$(
        impl $name {
            #[doc = concat!("An empty `<", $tag, ">`.")]
            pub fn new() -> Self {
                Self(Element::new($tag))
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }
    )+};
}

/// Adders for the elements a verb may nest.
macro_rules! nests {
    ($parent:ident { $( $(#[$m:meta])* $adder:ident($child:ident); )+ }) => {
        impl $parent {
            $(
                $(#[$m])*
                pub fn $adder(mut self, child: impl Into<$child>) -> Self {
                    self.0.children.push(child.into().0);
                    self
                }
            )+
        }
    };
}
