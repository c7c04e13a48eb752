using System.Reflection;
using PropertyManager.Buildium.Schema;

namespace PropertyManager.Web.Forms;

/// <summary>A form input property, the Buildium message property it is pushed as, and how messages name it.</summary>
public sealed record MappedField(PropertyInfo Property, RequestPath Rule, string Label);
