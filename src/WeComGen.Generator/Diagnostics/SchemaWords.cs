using System.Collections.Generic;
using System.Resources;

namespace WeComGen.Generator.Diagnostics;

/// <summary>
/// The generator's own words inside its diagnostics' messages (what a value must be, what was found, a suggestion,
/// whose a name is): SchemaWords.resx in English, SchemaWords.zh-Hans.resx in Chinese, one resource per method, named
/// as the method. Each is a <see cref="MessagePart"/> worded when the message is, in the same language; names, keywords
/// and schema text go in as they are written.
/// </summary>
internal static class SchemaWords
{
    /// <summary>The words, in the language of the culture asked for; English where there is no translation.</summary>
    public static ResourceManager Resources { get; } = new(typeof(SchemaWords).FullName!, typeof(SchemaWords).Assembly);

    /// <summary>The alternatives <c>"a", "b" or "c"</c>, each as written in double quotes, "or" in the message's language.</summary>
    public static MessagePart QuotedAlternatives(IReadOnlyList<string> choices)
    {
        var texts = new string[choices.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = "\"" + choices[i] + "\"";
        }

        return texts.Length == 1 ? texts[0] : EitherOr(string.Join(", ", texts, 0, texts.Length - 1), texts[texts.Length - 1]);
    }

    /// <summary>the file is empty</summary>
    public static MessagePart FileEmpty() => MessagePart.Words(nameof(FileEmpty));

    /// <summary>unexpected text after the JSON value</summary>
    public static MessagePart TextAfterValue() => MessagePart.Words(nameof(TextAfterValue));

    /// <summary>unexpected end of file; a value was expected</summary>
    public static MessagePart EndInsteadOfValue() => MessagePart.Words(nameof(EndInsteadOfValue));

    /// <summary>a property name in double quotes was expected</summary>
    public static MessagePart PropertyNameExpected() => MessagePart.Words(nameof(PropertyNameExpected));

    /// <summary>the property "{0}" appears twice in one object</summary>
    public static MessagePart PropertyTwice(MessagePart name) => MessagePart.Words(nameof(PropertyTwice), name);

    /// <summary>unterminated string</summary>
    public static MessagePart UnterminatedString() => MessagePart.Words(nameof(UnterminatedString));

    /// <summary>a control character must be escaped inside a string</summary>
    public static MessagePart UnescapedControlCharacter() => MessagePart.Words(nameof(UnescapedControlCharacter));

    /// <summary>\u must be followed by four hexadecimal digits</summary>
    public static MessagePart BadUnicodeEscape() => MessagePart.Words(nameof(BadUnicodeEscape));

    /// <summary>invalid escape sequence</summary>
    public static MessagePart BadEscape() => MessagePart.Words(nameof(BadEscape));

    /// <summary>unexpected character; a value was expected</summary>
    public static MessagePart ValueExpected() => MessagePart.Words(nameof(ValueExpected));

    /// <summary>a digit was expected in the number</summary>
    public static MessagePart DigitExpected() => MessagePart.Words(nameof(DigitExpected));

    /// <summary>the JSON is nested more than {0} levels deep</summary>
    public static MessagePart NestedTooDeep(MessagePart levels) => MessagePart.Words(nameof(NestedTooDeep), levels);

    /// <summary>unexpected end of file; '{0}' was expected</summary>
    public static MessagePart EndInsteadOf(MessagePart expected) => MessagePart.Words(nameof(EndInsteadOf), expected);

    /// <summary>'{0}' was expected</summary>
    public static MessagePart Expected(MessagePart expected) => MessagePart.Words(nameof(Expected), expected);

    /// <summary>the file could not be read</summary>
    public static MessagePart FileUnreadable() => MessagePart.Words(nameof(FileUnreadable));

    /// <summary>an object</summary>
    public static MessagePart AnObject() => MessagePart.Words(nameof(AnObject));

    /// <summary>an array</summary>
    public static MessagePart AnArray() => MessagePart.Words(nameof(AnArray));

    /// <summary>a string</summary>
    public static MessagePart AString() => MessagePart.Words(nameof(AString));

    /// <summary>a number</summary>
    public static MessagePart ANumber() => MessagePart.Words(nameof(ANumber));

    /// <summary>a boolean</summary>
    public static MessagePart ABoolean() => MessagePart.Words(nameof(ABoolean));

    /// <summary>missing</summary>
    public static MessagePart Missing() => MessagePart.Words(nameof(Missing));

    /// <summary>an array holding {0}</summary>
    public static MessagePart AnArrayHolding(MessagePart kind) => MessagePart.Words(nameof(AnArrayHolding), kind);

    /// <summary>Schema text in double quotes, as written: quotes need no translation.</summary>
    public static MessagePart Quoted(string text) => "\"" + text + "\"";

    /// <summary>The schema file</summary>
    public static MessagePart TheSchemaFile() => MessagePart.Words(nameof(TheSchemaFile));

    /// <summary>a JSON object</summary>
    public static MessagePart AJsonObject() => MessagePart.Words(nameof(AJsonObject));

    /// <summary>a schema (an object)</summary>
    public static MessagePart ASchemaObject() => MessagePart.Words(nameof(ASchemaObject));

    /// <summary>true or false</summary>
    public static MessagePart TrueOrFalse() => MessagePart.Words(nameof(TrueOrFalse));

    /// <summary>a non-negative integer</summary>
    public static MessagePart ANonNegativeInteger() => MessagePart.Words(nameof(ANonNegativeInteger));

    /// <summary>a schema or a boolean</summary>
    public static MessagePart ASchemaOrBoolean() => MessagePart.Words(nameof(ASchemaOrBoolean));

    /// <summary>an array of strings</summary>
    public static MessagePart AnArrayOfStrings() => MessagePart.Words(nameof(AnArrayOfStrings));

    /// <summary>an object or an array of objects</summary>
    public static MessagePart AnObjectOrArrayOfObjects() => MessagePart.Words(nameof(AnObjectOrArrayOfObjects));

    /// <summary>a string or an array of strings</summary>
    public static MessagePart AStringOrArrayOfStrings() => MessagePart.Words(nameof(AStringOrArrayOfStrings));

    /// <summary>a valid regular expression</summary>
    public static MessagePart AValidRegex() => MessagePart.Words(nameof(AValidRegex));

    /// <summary>one of {0}</summary>
    public static MessagePart OneOf(MessagePart choices) => MessagePart.Words(nameof(OneOf), choices);

    /// <summary>"{0}" (did you mean "{1}"?)</summary>
    public static MessagePart QuotedDidYouMean(MessagePart text, MessagePart closest) => MessagePart.Words(nameof(QuotedDidYouMean), text, closest);

    /// <summary>; did you mean '{0}'?</summary>
    public static MessagePart DidYouMean(MessagePart closest) => MessagePart.Words(nameof(DidYouMean), closest);

    /// <summary>; it belongs at the root of the file</summary>
    public static MessagePart BelongsAtRoot() => MessagePart.Words(nameof(BelongsAtRoot));

    /// <summary>the file variant '{0}'</summary>
    public static MessagePart TheFileVariant(MessagePart name) => MessagePart.Words(nameof(TheFileVariant), name);

    /// <summary>a file rule (an object)</summary>
    public static MessagePart AFileRule() => MessagePart.Words(nameof(AFileRule));

    /// <summary>'{0}' is {1}; a limit cannot be negative</summary>
    public static MessagePart NegativeLimit(MessagePart keyword, MessagePart limit) => MessagePart.Words(nameof(NegativeLimit), keyword, limit);

    /// <summary>A list of types</summary>
    public static MessagePart AListOfTypes() => MessagePart.Words(nameof(AListOfTypes));

    /// <summary>give each schema one type; a nullable member is one that is not required</summary>
    public static MessagePart OneTypePerSchema() => MessagePart.Words(nameof(OneTypePerSchema));

    /// <summary>'x-wecom-max-utf8-bytes' is {0} but 'minLength' is {1}: every character takes at least one byte, so no value fits</summary>
    public static MessagePart BytesBelowMinLength(MessagePart bytes, MessagePart minLength) => MessagePart.Words(nameof(BytesBelowMinLength), bytes, minLength);

    /// <summary>'{0}' is {1} but '{2}' is {3}: no value fits</summary>
    public static MessagePart NoValueFits(MessagePart min, MessagePart low, MessagePart max, MessagePart high) => MessagePart.Words(nameof(NoValueFits), min, low, max, high);

    /// <summary>The schema has no '$schema'</summary>
    public static MessagePart NoDialect() => MessagePart.Words(nameof(NoDialect));

    /// <summary>'$schema' is "{0}"</summary>
    public static MessagePart DialectIs(MessagePart text) => MessagePart.Words(nameof(DialectIs), text);

    /// <summary>'$schema' is "{0}" (did you mean "{1}"?)</summary>
    public static MessagePart DialectIsDidYouMean(MessagePart text, MessagePart closest) => MessagePart.Words(nameof(DialectIsDidYouMean), text, closest);

    /// <summary>{0} or {1}</summary>
    public static MessagePart EitherOr(MessagePart first, MessagePart second) => MessagePart.Words(nameof(EitherOr), first, second);

    /// <summary>the C# namespace of the generated types, such as "WeComGen.ExternalContact"</summary>
    public static MessagePart NamespacePurpose() => MessagePart.Words(nameof(NamespacePurpose));

    /// <summary>the name that prefixes the generated JsonContext, Endpoints and ClientExtensions classes</summary>
    public static MessagePart ContractPurpose() => MessagePart.Words(nameof(ContractPurpose));

    /// <summary>The namespace</summary>
    public static MessagePart TheNamespace() => MessagePart.Words(nameof(TheNamespace));

    /// <summary>The contract name</summary>
    public static MessagePart TheContractName() => MessagePart.Words(nameof(TheContractName));

    /// <summary>an absolute http or https URL</summary>
    public static MessagePart AnAbsoluteUrl() => MessagePart.Words(nameof(AnAbsoluteUrl));

    /// <summary>the serializer context</summary>
    public static MessagePart TheSerializerContext() => MessagePart.Words(nameof(TheSerializerContext));

    /// <summary>the endpoint catalog</summary>
    public static MessagePart TheEndpointCatalog() => MessagePart.Words(nameof(TheEndpointCatalog));

    /// <summary>the client extensions</summary>
    public static MessagePart TheClientExtensions() => MessagePart.Words(nameof(TheClientExtensions));

    /// <summary>The type name</summary>
    public static MessagePart TheTypeName() => MessagePart.Words(nameof(TheTypeName));

    /// <summary>The type</summary>
    public static MessagePart TheType() => MessagePart.Words(nameof(TheType));

    /// <summary>by {0} and by {1}</summary>
    public static MessagePart ByBoth(MessagePart first, MessagePart second) => MessagePart.Words(nameof(ByBoth), first, second);

    /// <summary>the namespace {0} (its types could be hidden by the generated ones)</summary>
    public static MessagePart TheNamespaceShadowed(MessagePart reached) => MessagePart.Words(nameof(TheNamespaceShadowed), reached);

    /// <summary>choose a namespace of your own</summary>
    public static MessagePart ChooseOwnNamespace() => MessagePart.Words(nameof(ChooseOwnNamespace));

    /// <summary>the namespace {0}</summary>
    public static MessagePart TheNamespaceNamed(MessagePart reached) => MessagePart.Words(nameof(TheNamespaceNamed), reached);

    /// <summary>rename the type or choose another namespace</summary>
    public static MessagePart RenameTypeOrNamespace() => MessagePart.Words(nameof(RenameTypeOrNamespace));

    /// <summary>The serializer-context member</summary>
    public static MessagePart TheSerializerContextMember() => MessagePart.Words(nameof(TheSerializerContextMember));

    /// <summary>for the type {0} and by {1} already; rename the type or set x-wecom-csharp-name</summary>
    public static MessagePart ForTypeAndByContext(MessagePart type, MessagePart context) => MessagePart.Words(nameof(ForTypeAndByContext), type, context);

    /// <summary>its fragment is not valid percent-encoded UTF-8</summary>
    public static MessagePart BadPercentEncoding() => MessagePart.Words(nameof(BadPercentEncoding));

    /// <summary>only references to a definition of this file, '#/$defs/Name', are supported</summary>
    public static MessagePart OnlyLocalDefinitions() => MessagePart.Words(nameof(OnlyLocalDefinitions));

    /// <summary>$defs has no '{0}'</summary>
    public static MessagePart DefsHasNo(MessagePart name) => MessagePart.Words(nameof(DefsHasNo), name);

    /// <summary>$defs has no '{0}'; did you mean '{1}'?</summary>
    public static MessagePart DefsHasNoDidYouMean(MessagePart name, MessagePart closest) => MessagePart.Words(nameof(DefsHasNoDidYouMean), name, closest);

    /// <summary>the error table of {0}</summary>
    public static MessagePart TheErrorTableOf(MessagePart name) => MessagePart.Words(nameof(TheErrorTableOf), name);

    /// <summary>the enum of {0}</summary>
    public static MessagePart TheEnumOf(MessagePart member) => MessagePart.Words(nameof(TheEnumOf), member);

    /// <summary>the inline object of {0}</summary>
    public static MessagePart TheInlineObjectOf(MessagePart member) => MessagePart.Words(nameof(TheInlineObjectOf), member);

    /// <summary>the wire-value extensions of {0}</summary>
    public static MessagePart TheWireValueExtensionsOf(MessagePart name) => MessagePart.Words(nameof(TheWireValueExtensionsOf), name);

    /// <summary>an endpoint (an object)</summary>
    public static MessagePart AnEndpoint() => MessagePart.Words(nameof(AnEndpoint));

    /// <summary>the endpoint '{0}'</summary>
    public static MessagePart TheEndpoint(MessagePart name) => MessagePart.Words(nameof(TheEndpoint), name);

    /// <summary>{0} applies to the members of an endpoint's request, and {1} is not one</summary>
    public static MessagePart OnlyRequestMembersTravel(MessagePart keyword, MessagePart type) => MessagePart.Words(nameof(OnlyRequestMembersTravel), keyword, type);

    /// <summary>The client method</summary>
    public static MessagePart TheClientMethod() => MessagePart.Words(nameof(TheClientMethod));

    /// <summary>by the endpoint '{0}' and by the page stream of the paged endpoint '{1}'; rename one</summary>
    public static MessagePart ByEndpointAndPageStream(MessagePart endpoint, MessagePart paged) => MessagePart.Words(nameof(ByEndpointAndPageStream), endpoint, paged);

    /// <summary>The endpoint name</summary>
    public static MessagePart TheEndpointName() => MessagePart.Words(nameof(TheEndpointName));

    /// <summary>it clashes with a member the endpoints class has anyway; choose another</summary>
    public static MessagePart ClashesWithEndpointsClass() => MessagePart.Words(nameof(ClashesWithEndpointsClass));

    /// <summary>'method' must be one of {0}</summary>
    public static MessagePart MethodMustBe(MessagePart methods) => MessagePart.Words(nameof(MethodMustBe), methods);

    /// <summary>'path' must be a path below the base address, starting with a single '/'</summary>
    public static MessagePart PathMustBe() => MessagePart.Words(nameof(PathMustBe));

    /// <summary>'auth' must be {"in": "query", "name": "access_token"}: the access token travels as a query parameter</summary>
    public static MessagePart AuthMustBe() => MessagePart.Words(nameof(AuthMustBe));

    /// <summary>the response {0} needs a property typed by an x-wecom-errors definition (errcode)</summary>
    public static MessagePart ResponseNeedsErrcode(MessagePart response) => MessagePart.Words(nameof(ResponseNeedsErrcode), response);

    /// <summary>the request {0} has two x-wecom-credential properties; a call spends one credential</summary>
    public static MessagePart TwoCredentials(MessagePart request) => MessagePart.Words(nameof(TwoCredentials), request);

    /// <summary>'{0}' must be {{"$ref": "#/$defs/Name"}}</summary>
    public static MessagePart MustBeReference(MessagePart keyword) => MessagePart.Words(nameof(MustBeReference), keyword);

    /// <summary>the {0} {1} must be an object type</summary>
    public static MessagePart MustBeObjectType(MessagePart keyword, MessagePart name) => MessagePart.Words(nameof(MustBeObjectType), keyword, name);

    /// <summary>the request of '{0}'</summary>
    public static MessagePart TheRequestOf(MessagePart endpoint) => MessagePart.Words(nameof(TheRequestOf), endpoint);

    /// <summary>a {0} request has no body, so no file part</summary>
    public static MessagePart NoBodyNoFile(MessagePart method) => MessagePart.Words(nameof(NoBodyNoFile), method);

    /// <summary>a {0} request has no body; remove "x-wecom-in": "body" (its members travel in the query)</summary>
    public static MessagePart NoBodyRemoveIn(MessagePart method) => MessagePart.Words(nameof(NoBodyRemoveIn), method);

    /// <summary>a query parameter carries one scalar value (a string, a number, a boolean or an enum), not an object, an array, a file or a credential</summary>
    public static MessagePart QueryIsScalar() => MessagePart.Words(nameof(QueryIsScalar));

    /// <summary>a multipart request carries its file parts only; put the member in the query ("x-wecom-in": "query")</summary>
    public static MessagePart MultipartFilesOnly() => MessagePart.Words(nameof(MultipartFilesOnly));

    /// <summary>'variantBy' names '{0}', which {1} does not have</summary>
    public static MessagePart VariantByMissing(MessagePart variantBy, MessagePart request) => MessagePart.Words(nameof(VariantByMissing), variantBy, request);

    /// <summary>'variantBy' names '{0}', which {1} does not have; did you mean '{2}'?</summary>
    public static MessagePart VariantByMissingDidYouMean(MessagePart variantBy, MessagePart request, MessagePart closest) => MessagePart.Words(nameof(VariantByMissingDidYouMean), variantBy, request, closest);

    /// <summary>'variantBy' names '{0}', which must be a query member that is a string or a string enum</summary>
    public static MessagePart VariantByNotQueryString(MessagePart variantBy) => MessagePart.Words(nameof(VariantByNotQueryString), variantBy);

    /// <summary>the variant '{0}' is not a value of {1} ({2})</summary>
    public static MessagePart VariantNotAValue(MessagePart variant, MessagePart type, MessagePart values) => MessagePart.Words(nameof(VariantNotAValue), variant, type, values);

    /// <summary>the variant '{0}' is not a value of {1} ({2}); did you mean '{3}'?</summary>
    public static MessagePart VariantNotAValueDidYouMean(MessagePart variant, MessagePart type, MessagePart values, MessagePart closest) => MessagePart.Words(nameof(VariantNotAValueDidYouMean), variant, type, values, closest);

    /// <summary>'pagination' needs '{0}', the wire name of a string member of {1}</summary>
    public static MessagePart PaginationNeeds(MessagePart keyword, MessagePart type) => MessagePart.Words(nameof(PaginationNeeds), keyword, type);

    /// <summary>the cursor '{0}' of {1} must be an optional string (absent on the first page or the last)</summary>
    public static MessagePart CursorMustBeOptionalString(MessagePart cursor, MessagePart type) => MessagePart.Words(nameof(CursorMustBeOptionalString), cursor, type);

    /// <summary>{0} has no member '{1}'</summary>
    public static MessagePart NoMember(MessagePart type, MessagePart member) => MessagePart.Words(nameof(NoMember), type, member);

    /// <summary>{0} has no member '{1}'; did you mean '{2}'?</summary>
    public static MessagePart NoMemberDidYouMean(MessagePart type, MessagePart member, MessagePart closest) => MessagePart.Words(nameof(NoMemberDidYouMean), type, member, closest);

    /// <summary>a member with x-wecom-file is a file part of a multipart body; remove x-wecom-in</summary>
    public static MessagePart FileNotInQuery() => MessagePart.Words(nameof(FileNotInQuery));

    /// <summary>'variants' needs 'variantBy', the request member whose value chooses the variant</summary>
    public static MessagePart VariantsNeedVariantBy() => MessagePart.Words(nameof(VariantsNeedVariantBy));

    /// <summary>'variantBy' needs 'variants', the rule of each value</summary>
    public static MessagePart VariantByNeedsVariants() => MessagePart.Words(nameof(VariantByNeedsVariants));

    /// <summary>the x-wecom-file of '{0}' needs the largest size a file may have, in bytes</summary>
    public static MessagePart FileNeedsMaxBytes(MessagePart member) => MessagePart.Words(nameof(FileNeedsMaxBytes), member);

    /// <summary>the variant '{0}' of '{1}' needs the largest size a file may have, in bytes</summary>
    public static MessagePart VariantNeedsMaxBytes(MessagePart variant, MessagePart member) => MessagePart.Words(nameof(VariantNeedsMaxBytes), variant, member);

    /// <summary>'minBytes' is {0} but 'maxBytes' is {1}: no file fits</summary>
    public static MessagePart NoFileFits(MessagePart min, MessagePart max) => MessagePart.Words(nameof(NoFileFits), min, max);

    /// <summary>a media type such as "image/png"</summary>
    public static MessagePart AMediaType() => MessagePart.Words(nameof(AMediaType));

    /// <summary>The boolean schema of '{0}'</summary>
    public static MessagePart TheBooleanSchemaOf(MessagePart member) => MessagePart.Words(nameof(TheBooleanSchemaOf), member);

    /// <summary>give the property a 'type' or a '$ref'</summary>
    public static MessagePart GiveTypeOrRef() => MessagePart.Words(nameof(GiveTypeOrRef));

    /// <summary>The member name</summary>
    public static MessagePart TheMemberName() => MessagePart.Words(nameof(TheMemberName));

    /// <summary>'const' outside a oneOf branch</summary>
    public static MessagePart ConstOutsideOneOf() => MessagePart.Words(nameof(ConstOutsideOneOf));

    /// <summary>a constant member carries nothing; use it in the branches of an x-wecom-discriminator union</summary>
    public static MessagePart ConstantCarriesNothing() => MessagePart.Words(nameof(ConstantCarriesNothing));

    /// <summary>the references loop</summary>
    public static MessagePart ReferencesLoop() => MessagePart.Words(nameof(ReferencesLoop));

    /// <summary>'x-wecom-errors' on a property</summary>
    public static MessagePart ErrorsOnProperty() => MessagePart.Words(nameof(ErrorsOnProperty));

    /// <summary>define the error codes in $defs and refer to them with $ref</summary>
    public static MessagePart DefineErrorsInDefs() => MessagePart.Words(nameof(DefineErrorsInDefs));

    /// <summary>A schema without 'type' or '$ref'</summary>
    public static MessagePart SchemaWithoutType() => MessagePart.Words(nameof(SchemaWithoutType));

    /// <summary>say what the member is</summary>
    public static MessagePart SayWhatMemberIs() => MessagePart.Words(nameof(SayWhatMemberIs));

    /// <summary>An array without 'items'</summary>
    public static MessagePart ArrayWithoutItems() => MessagePart.Words(nameof(ArrayWithoutItems));

    /// <summary>say what the items are</summary>
    public static MessagePart SayWhatItemsAre() => MessagePart.Words(nameof(SayWhatItemsAre));

    /// <summary>An array of arrays</summary>
    public static MessagePart ArrayOfArrays() => MessagePart.Words(nameof(ArrayOfArrays));

    /// <summary>wrap the inner array in an object type</summary>
    public static MessagePart WrapInnerArray() => MessagePart.Words(nameof(WrapInnerArray));

    /// <summary>'{0}' on array items</summary>
    public static MessagePart KeywordOnItems(MessagePart keyword) => MessagePart.Words(nameof(KeywordOnItems), keyword);

    /// <summary>put the rule on a property of an object type the items refer to</summary>
    public static MessagePart PutRuleOnProperty() => MessagePart.Words(nameof(PutRuleOnProperty));

    /// <summary>'{0}' on '{1}'</summary>
    public static MessagePart KeywordOn(MessagePart keyword, MessagePart member) => MessagePart.Words(nameof(KeywordOn), keyword, member);

    /// <summary>it applies to arrays, and '{0}' is not one</summary>
    public static MessagePart AppliesToArrays(MessagePart member) => MessagePart.Words(nameof(AppliesToArrays), member);

    /// <summary>it applies to strings, and '{0}' is not one</summary>
    public static MessagePart AppliesToStrings(MessagePart member) => MessagePart.Words(nameof(AppliesToStrings), member);

    /// <summary>an object with the strings 'pattern' and 'message'</summary>
    public static MessagePart AHint() => MessagePart.Words(nameof(AHint));

    /// <summary>an object with 'validitySeconds', a positive number of seconds</summary>
    public static MessagePart ACredential() => MessagePart.Words(nameof(ACredential));

    /// <summary>without it</summary>
    public static MessagePart WithoutIt() => MessagePart.Words(nameof(WithoutIt));

    /// <summary>{0} seconds</summary>
    public static MessagePart Seconds(MessagePart count) => MessagePart.Words(nameof(Seconds), count);

    /// <summary>one name per value of 'enum' ({0})</summary>
    public static MessagePart OneNamePerValue(MessagePart count) => MessagePart.Words(nameof(OneNamePerValue), count);

    /// <summary>{0} names</summary>
    public static MessagePart Names(MessagePart count) => MessagePart.Words(nameof(Names), count);

    /// <summary>The integer enum {0} without 'x-wecom-enum-names'</summary>
    public static MessagePart IntegerEnumWithoutNames(MessagePart name) => MessagePart.Words(nameof(IntegerEnumWithoutNames), name);

    /// <summary>name what each value means, one name per value</summary>
    public static MessagePart NameEachValue() => MessagePart.Words(nameof(NameEachValue));

    /// <summary>an array of 32-bit integers (the wire values)</summary>
    public static MessagePart IntegerWireValues() => MessagePart.Words(nameof(IntegerWireValues));

    /// <summary>an array of strings (the wire values)</summary>
    public static MessagePart StringWireValues() => MessagePart.Words(nameof(StringWireValues));

    /// <summary>The enum member name</summary>
    public static MessagePart TheEnumMemberName() => MessagePart.Words(nameof(TheEnumMemberName));

    /// <summary>The enum member</summary>
    public static MessagePart TheEnumMember() => MessagePart.Words(nameof(TheEnumMember));

    /// <summary>The wire value</summary>
    public static MessagePart TheWireValue() => MessagePart.Words(nameof(TheWireValue));

    /// <summary>in {0}</summary>
    public static MessagePart InType(MessagePart name) => MessagePart.Words(nameof(InType), name);

    /// <summary>it clashes with the Validate method every generated class has; rename the type</summary>
    public static MessagePart ClashesWithValidate() => MessagePart.Words(nameof(ClashesWithValidate));

    /// <summary>it clashes with {0} itself, its Validate method or a member of object; set x-wecom-csharp-name</summary>
    public static MessagePart ClashesWithType(MessagePart name) => MessagePart.Words(nameof(ClashesWithType), name);

    /// <summary>The member</summary>
    public static MessagePart TheMember() => MessagePart.Words(nameof(TheMember));

    /// <summary>by two properties of {0}; set x-wecom-csharp-name on one</summary>
    public static MessagePart ByTwoProperties(MessagePart name) => MessagePart.Words(nameof(ByTwoProperties), name);

    /// <summary>it clashes with a factory method of the union {0}; set x-wecom-csharp-name</summary>
    public static MessagePart ClashesWithFactory(MessagePart name) => MessagePart.Words(nameof(ClashesWithFactory), name);

    /// <summary>an array of objects</summary>
    public static MessagePart AnArrayOfObjects() => MessagePart.Words(nameof(AnArrayOfObjects));

    /// <summary>The error code</summary>
    public static MessagePart TheErrorCode() => MessagePart.Words(nameof(TheErrorCode));

    /// <summary>The error code name</summary>
    public static MessagePart TheErrorCodeName() => MessagePart.Words(nameof(TheErrorCodeName));

    /// <summary>an integer error code</summary>
    public static MessagePart AnIntegerErrorCode() => MessagePart.Words(nameof(AnIntegerErrorCode));

    /// <summary>every x-wecom-errors row needs code, name, meaning and action (error code {0})</summary>
    public static MessagePart ErrorRowNeeds(MessagePart code) => MessagePart.Words(nameof(ErrorRowNeeds), code);

    /// <summary>{0}; did you mean '{1}'?</summary>
    public static MessagePart ActionsDidYouMean(MessagePart actions, MessagePart closest) => MessagePart.Words(nameof(ActionsDidYouMean), actions, closest);

    /// <summary>This anyOf branch</summary>
    public static MessagePart ThisAnyOfBranch() => MessagePart.Words(nameof(ThisAnyOfBranch));

    /// <summary>each branch must be {"required": ["member"]}, optionally with that member's minItems under 'properties'</summary>
    public static MessagePart AnyOfBranchShape() => MessagePart.Words(nameof(AnyOfBranchShape));

    /// <summary>This anyOf branch's 'properties'</summary>
    public static MessagePart ThisAnyOfBranchProperties() => MessagePart.Words(nameof(ThisAnyOfBranchProperties));

    /// <summary>a branch may only set the minItems of '{0}'</summary>
    public static MessagePart BranchMayOnlySetMinItems(MessagePart member) => MessagePart.Words(nameof(BranchMayOnlySetMinItems), member);

    /// <summary>This anyOf branch requires at least {0} items in '{1}', but its 'maxItems' is {2}: the branch can never hold</summary>
    public static MessagePart BranchNeverHolds(MessagePart min, MessagePart member, MessagePart max) => MessagePart.Words(nameof(BranchNeverHolds), min, member, max);

    /// <summary>This x-wecom-precedence</summary>
    public static MessagePart ThisPrecedence() => MessagePart.Words(nameof(ThisPrecedence));

    /// <summary>it must list exactly the members of the anyOf group it orders</summary>
    public static MessagePart PrecedenceListsGroup() => MessagePart.Words(nameof(PrecedenceListsGroup));

    /// <summary>oneOf needs x-wecom-discriminator, naming the property whose const selects the branch</summary>
    public static MessagePart OneOfNeedsDiscriminator() => MessagePart.Words(nameof(OneOfNeedsDiscriminator));

    /// <summary>it has no oneOf branches</summary>
    public static MessagePart NoOneOfBranches() => MessagePart.Words(nameof(NoOneOfBranches));

    /// <summary>the discriminator '{0}' is not one of its properties</summary>
    public static MessagePart DiscriminatorNotProperty(MessagePart name) => MessagePart.Words(nameof(DiscriminatorNotProperty), name);

    /// <summary>the discriminator '{0}' must be a string enum</summary>
    public static MessagePart DiscriminatorMustBeEnum(MessagePart name) => MessagePart.Words(nameof(DiscriminatorMustBeEnum), name);

    /// <summary>the discriminator '{0}' must be required</summary>
    public static MessagePart DiscriminatorMustBeRequired(MessagePart name) => MessagePart.Words(nameof(DiscriminatorMustBeRequired), name);

    /// <summary>only the discriminator may be required, but '{0}' is too (the factories could not set it)</summary>
    public static MessagePart OnlyDiscriminatorRequired(MessagePart name) => MessagePart.Words(nameof(OnlyDiscriminatorRequired), name);

    /// <summary>'{0}' of {1} has no oneOf branch</summary>
    public static MessagePart ValueHasNoBranch(MessagePart value, MessagePart type) => MessagePart.Words(nameof(ValueHasNoBranch), value, type);

    /// <summary>this oneOf branch has no string const for '{0}'</summary>
    public static MessagePart BranchHasNoConst(MessagePart name) => MessagePart.Words(nameof(BranchHasNoConst), name);

    /// <summary>"{0}" is not a value of {1}</summary>
    public static MessagePart NotAValueOf(MessagePart value, MessagePart type) => MessagePart.Words(nameof(NotAValueOf), value, type);

    /// <summary>two oneOf branches are for "{0}"</summary>
    public static MessagePart TwoBranchesFor(MessagePart value) => MessagePart.Words(nameof(TwoBranchesFor), value);

    /// <summary>the oneOf branch for "{0}" must require exactly one payload property</summary>
    public static MessagePart BranchNeedsOnePayload(MessagePart value) => MessagePart.Words(nameof(BranchNeedsOnePayload), value);

    /// <summary>the payload '{0}' must be one of its properties, of an object type</summary>
    public static MessagePart PayloadMustBeObjectProperty(MessagePart name) => MessagePart.Words(nameof(PayloadMustBeObjectProperty), name);

    /// <summary>two branches carry {0}; each payload needs a type of its own so Create overloads can tell them apart</summary>
    public static MessagePart TwoBranchesCarry(MessagePart type) => MessagePart.Words(nameof(TwoBranchesCarry), type);

    /// <summary>the auth of '{0}'</summary>
    public static MessagePart TheAuthOf(MessagePart endpoint) => MessagePart.Words(nameof(TheAuthOf), endpoint);

    /// <summary>the pagination of '{0}'</summary>
    public static MessagePart ThePaginationOf(MessagePart endpoint) => MessagePart.Words(nameof(ThePaginationOf), endpoint);

    /// <summary>an x-wecom-errors row of {0}</summary>
    public static MessagePart AnErrorsRowOf(MessagePart name) => MessagePart.Words(nameof(AnErrorsRowOf), name);

    /// <summary>by this schema file and by {0}, which keeps it</summary>
    public static MessagePart ByThisFileAndOwner(MessagePart owner) => MessagePart.Words(nameof(ByThisFileAndOwner), owner);

    /// <summary>either {0} ('from' is optional) or {1}</summary>
    public static MessagePart ValidForShape(MessagePart shapeDuration, MessagePart shapePermanent) => MessagePart.Words(nameof(ValidForShape), shapeDuration, shapePermanent);

    /// <summary>'permanent' together with {0}</summary>
    public static MessagePart PermanentWith(MessagePart member) => MessagePart.Words(nameof(PermanentWith), member);

    /// <summary>an object without 'duration' or 'permanent'</summary>
    public static MessagePart ObjectWithoutDurationOrPermanent() => MessagePart.Words(nameof(ObjectWithoutDurationOrPermanent));

    /// <summary>an ISO 8601 duration above zero in weeks, days, hours, minutes and seconds ({0}, {1}; years and months have no fixed length)</summary>
    public static MessagePart FixedLengthDuration(MessagePart example, MessagePart other) => MessagePart.Words(nameof(FixedLengthDuration), example, other);

    /// <summary>{0} has no member '{1}'; 'from' names a sibling member of Unix seconds</summary>
    public static MessagePart NoAnchorMember(MessagePart owner, MessagePart from) => MessagePart.Words(nameof(NoAnchorMember), owner, from);

    /// <summary>'{0}' of {1} is not an integer; 'from' names a sibling member of Unix seconds (an integer, or a string with x-wecom-number)</summary>
    public static MessagePart AnchorNotInteger(MessagePart from, MessagePart owner) => MessagePart.Words(nameof(AnchorNotInteger), from, owner);

    /// <summary>'{0}' on {1}</summary>
    public static MessagePart KeywordOnMember(MessagePart keyword, MessagePart member) => MessagePart.Words(nameof(KeywordOnMember), keyword, member);

    /// <summary>it applies to the members of an endpoint's response, and {0} is not one</summary>
    public static MessagePart OnlyResponseMembersLive(MessagePart type) => MessagePart.Words(nameof(OnlyResponseMembersLive), type);
}
