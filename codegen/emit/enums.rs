//! One open enum: its variants, `Unknown(String)` for anything else, and the conversions to
//! and from Twilio's strings.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::doc_lines;
use crate::model::OpenEnum;

pub(super) fn open_enum(open: &OpenEnum) -> TokenStream {
    let ty = format_ident!("{}", open.name);
    let doc = doc_lines(&crate::prose::open_enum(
        &open.name,
        &open.doc,
        &open.values[0],
    ));
    let variants = open.values.iter().map(|value| {
        let variant = format_ident!("{}", value.variant);
        let doc = doc_lines(&value.doc);
        quote!(#doc #variant,)
    });
    let to_wire = open.values.iter().map(|value| {
        let (wire, variant) = (&value.wire, format_ident!("{}", value.variant));
        quote!(Self::#variant => #wire,)
    });
    let from_wire = open.values.iter().map(|value| {
        let (wire, variant) = (&value.wire, format_ident!("{}", value.variant));
        quote!(#wire => Self::#variant,)
    });
    let conversions = conversions(&ty);
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

        #conversions
    }
}

/// What every open enum has in the same words: from a `String`, `FromStr`, `AsRef<str>`,
/// `Display` and serde, all through `as_str` and `From<&str>`.
fn conversions(ty: &proc_macro2::Ident) -> TokenStream {
    quote! {
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
