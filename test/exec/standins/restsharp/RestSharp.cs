// A stand-in for RestSharp 112.1 (NuGet `RestSharp`), for running generated snippets on Mono 6.8,
// where neither NuGet nor the .NET SDK is reachable. It has exactly the API surface the
// csharp-restsharp snippets use, with RestSharp's names and signatures, and builds the request the way
// RestSharp 112's source does:
//   - RestClient.ExecuteRequestAsync / BuildUriExtensions.BuildUri: the base URL is used as given when
//     the resource is "" (query included); request headers replace one another by name; an Accept
//     header listing the serializers' types is added when none is set; User-Agent RestSharp/112.1.0.0.
//   - RequestContent.BuildContent: files, then the one body parameter, then the GetOrPost fields
//     (multipart when there are files, a named body or AlwaysMultipartFormData; otherwise the fields
//     are a form body encoded with Uri.EscapeDataString); content headers set with AddHeader replace
//     the content's own (Content-Type included), request headers go on the message.
//   - ParametersCollection: AddParameter fields are a body only for POST, PUT and PATCH; for other
//     methods they go to the query.
//   - Interceptors: BeforeHttpRequest runs after the message is built, just before it is sent.
// Simplified away: serializers (AddJsonBody of objects), authenticators, cookies, URL segments,
// AddQueryParameter, AlwaysSingleFileAsContent, response deserialization, redirects options.
// Written in C# 7 (what Mono's mcs compiles), so no records, init accessors or switch expressions.
// It sends with Mono's SocketsHttpHandler, the same HttpClient stack .NET 8 uses (Mono's is the corefx
// 2.x one: it, too, rejects non-ASCII header values unless told otherwise).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace RestSharp {
    public enum Method { Get, Post, Put, Delete, Head, Options, Patch, Merge, Copy, Search }

    public enum DataFormat { Json, Xml, Binary, None }

    public enum ParameterType { GetOrPost, UrlSegment, HttpHeader, RequestBody, QueryString }

    public class ContentType {
        readonly string _value;

        ContentType(string contentType) {
            if (string.IsNullOrEmpty(contentType)) throw new ArgumentNullException("contentType");
            if (!contentType.Contains('/')) throw new ArgumentException("Invalid content type string", "contentType");
            _value = contentType;
        }

        public static readonly ContentType Json = "application/json";
        public static readonly ContentType Xml = "application/xml";
        public static readonly ContentType Plain = "text/plain";
        public static readonly ContentType Binary = "application/octet-stream";
        public static readonly ContentType FormUrlEncoded = "application/x-www-form-urlencoded";
        public static readonly ContentType Undefined = "undefined/undefined";

        public string Value { get { return _value == "undefined/undefined" ? "text/plain" : _value; } }

        public MediaTypeHeaderValue AsMediaTypeHeaderValue { get { return MediaTypeHeaderValue.Parse(Value); } }

        public override string ToString() { return Value; }

        public static implicit operator ContentType(string contentType) { return contentType == null ? Undefined : new ContentType(contentType); }

        public static implicit operator string(ContentType contentType) { return contentType.Value; }
    }

    public abstract class Parameter {
        protected Parameter(string name, object value, ParameterType type, bool encode) {
            Name = name;
            Value = value;
            Type = type;
            Encode = encode;
            ContentType = ContentType.Undefined;
        }

        public string Name { get; private set; }
        public object Value { get; private set; }
        public ParameterType Type { get; private set; }
        public bool Encode { get; private set; }
        public ContentType ContentType { get; protected set; }
    }

    public class GetOrPostParameter : Parameter {
        public GetOrPostParameter(string name, string value, bool encode = true) : base(NotEmpty(name), value, ParameterType.GetOrPost, encode) { }

        static string NotEmpty(string name) {
            if (string.IsNullOrEmpty(name)) throw new ArgumentNullException("name");
            return name;
        }
    }

    public class HeaderParameter : Parameter {
        public HeaderParameter(string name, string value) : base(name, value, ParameterType.HttpHeader, false) {
            if (string.IsNullOrEmpty(name)) throw new ArgumentNullException("name");
            if (value == null) throw new ArgumentNullException("value");
        }
    }

    public class BodyParameter : Parameter {
        public BodyParameter(string name, object value, ContentType contentType, DataFormat dataFormat = DataFormat.None)
            : base(name, value, ParameterType.RequestBody, false) {
            if (value == null) throw new ArgumentNullException("value");
            if (dataFormat == DataFormat.Binary && !(value is byte[])) throw new ArgumentException("Binary data format needs a byte array as value");
            ContentType = contentType;
            DataFormat = dataFormat;
        }

        public BodyParameter(object value, ContentType contentType, DataFormat dataFormat = DataFormat.None) : this("", value, contentType, dataFormat) { }

        public DataFormat DataFormat { get; private set; }
    }

    public class FileParameterOptions {
        public bool DisableFilenameStar { get; set; } = true;
    }

    public class FileParameter {
        FileParameter(string name, string fileName, Func<Stream> getFile, ContentType contentType, FileParameterOptions options) {
            Name = name;
            FileName = fileName;
            GetFile = getFile;
            ContentType = contentType ?? ContentType.Binary;
            Options = options ?? new FileParameterOptions();
        }

        public string Name { get; private set; }
        public string FileName { get; private set; }
        public ContentType ContentType { get; private set; }
        public Func<Stream> GetFile { get; private set; }
        public FileParameterOptions Options { get; private set; }

        public static FileParameter FromFile(string fullPath, string name = null, ContentType contentType = null, FileParameterOptions options = null) {
            if (!File.Exists(fullPath)) throw new FileNotFoundException("File not found", fullPath);
            var fileName = Path.GetFileName(fullPath);
            return new FileParameter(name ?? fileName, fileName, () => File.OpenRead(fullPath), contentType, options);
        }
    }

    public class RestRequest {
        readonly List<FileParameter> _files = new List<FileParameter>();

        public RestRequest() { Method = Method.Get; }

        public RestRequest(string resource, Method method = Method.Get) : this() {
            if (!string.IsNullOrWhiteSpace(resource)) throw new NotSupportedException("the stand-in only models an empty resource (the whole URL is in RestClientOptions)");
            Resource = "";
            Method = method;
        }

        public string Resource { get; set; } = "";
        public Method Method { get; set; }
        public TimeSpan? Timeout { get; set; }
        public bool AlwaysMultipartFormData { get; set; }
        public bool MultipartFormQuoteParameters { get; set; }
        public bool MultipartFormQuoteBoundary { get; set; } = true;
        public string FormBoundary { get; set; }
        public List<Parameter> Parameters { get; } = new List<Parameter>();
        public IReadOnlyCollection<FileParameter> Files { get { return _files.AsReadOnly(); } }
        public List<Interceptors.Interceptor> Interceptors { get; set; }

        public RestRequest AddParameter(Parameter parameter) {
            Parameters.Add(parameter);
            return this;
        }

        internal RestRequest AddFile(FileParameter file) {
            _files.Add(file);
            return this;
        }
    }

    public static class RestRequestExtensions {
        public static RestRequest AddHeader(this RestRequest request, string name, string value) {
            return request.AddParameter(new HeaderParameter(name, value));
        }

        public static RestRequest AddParameter(this RestRequest request, string name, string value, bool encode = true) {
            return request.AddParameter(new GetOrPostParameter(name, value, encode));
        }

        public static RestRequest AddStringBody(this RestRequest request, string body, ContentType contentType) {
            if (contentType == null) throw new ArgumentNullException("contentType");
            return request.AddParameter(new BodyParameter(body, contentType));
        }

        public static RestRequest AddBody(this RestRequest request, object obj, ContentType contentType = null) {
            if (contentType == null) throw new NotSupportedException("the stand-in models AddBody with a content type only");
            if (obj is string) return request.AddStringBody((string)obj, contentType);
            if (obj is byte[]) return request.AddParameter(new BodyParameter("", obj, contentType, DataFormat.Binary));
            throw new NotSupportedException("the stand-in has no serializers");
        }

        public static RestRequest AddFile(this RestRequest request, string name, string path, ContentType contentType = null, FileParameterOptions options = null) {
            return request.AddFile(FileParameter.FromFile(path, name, contentType, options));
        }
    }

    public class RestResponse {
        public RestResponse(RestRequest request) { Request = request; }

        public RestRequest Request { get; private set; }
        public HttpStatusCode StatusCode { get; internal set; }
        public string Content { get; internal set; }
        public string ErrorMessage { get; internal set; }
        public Exception ErrorException { get; internal set; }
        public bool IsSuccessful { get { return ErrorException == null && (int)StatusCode >= 200 && (int)StatusCode <= 299; } }
    }

    public class RestClientOptions {
        public RestClientOptions() { }

        public RestClientOptions(Uri baseUrl) { BaseUrl = baseUrl; }

        public RestClientOptions(string baseUrl) : this(new Uri(baseUrl)) { }

        public Uri BaseUrl { get; set; }
        public TimeSpan? Timeout { get; set; }
        public Func<HttpMessageHandler, HttpMessageHandler> ConfigureMessageHandler { get; set; }
        public string UserAgent { get; set; } = "RestSharp/112.1.0.0";
        public Encoding Encoding { get; set; } = Encoding.UTF8;
        public bool FollowRedirects { get; set; } = true;
    }

    public class RestClient : IDisposable {
        /// <summary>RestSharp's default serializers (System.Text.Json and XML) accept these, in this order.</summary>
        const string AcceptedContentTypes = "application/json, text/json, text/x-json, text/javascript, application/xml, text/xml";

        static readonly string[] ContentHeaders = {
            "Allow", "Expires", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length",
            "Content-Location", "Content-Range", "Content-Type", "Content-MD5", "Last-Modified"
        };

        readonly HttpClient _httpClient;

        public RestClient(RestClientOptions options) {
            Options = options;
            var handler = new SocketsHttpHandler {
                UseCookies = false,
                AllowAutoRedirect = options.FollowRedirects,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            };
            var finalHandler = options.ConfigureMessageHandler != null ? options.ConfigureMessageHandler(handler) : handler;
            _httpClient = new HttpClient(finalHandler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            if (options.UserAgent != null) _httpClient.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        }

        public RestClientOptions Options { get; private set; }

        public async Task<RestResponse> ExecuteAsync(RestRequest request, CancellationToken cancellationToken = default(CancellationToken)) {
            var response = new RestResponse(request);
            var timeout = request.Timeout ?? Options.Timeout ?? TimeSpan.FromSeconds(100);
            using (var timeoutCts = new CancellationTokenSource(timeout))
            using (var cts = CancellationTokenSource.CreateLinkedTokenSource(timeoutCts.Token, cancellationToken)) {
                try {
                    using (var message = new HttpRequestMessage(AsHttpMethod(request.Method), BuildUri(request))) {
                        message.Content = BuildContent(request);
                        AddRequestHeaders(message, request);
                        if (request.Interceptors != null) {
                            foreach (var interceptor in request.Interceptors) await interceptor.BeforeHttpRequest(message, cts.Token);
                        }
                        using (var responseMessage = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseContentRead, cts.Token)) {
                            response.StatusCode = responseMessage.StatusCode;
                            response.Content = await responseMessage.Content.ReadAsStringAsync();
                        }
                    }
                }
                catch (Exception exception) {
                    // RestSharp does not throw (ThrowOnAnyError is false): the error is on the response.
                    response.ErrorMessage = exception.Message;
                    response.ErrorException = exception;
                }
            }
            return response;
        }

        public void Dispose() { _httpClient.Dispose(); }

        /// <summary>
        /// MergeBaseUrlAndResource with an empty resource: `new Uri(baseUrl, "")`, which .NET returns
        /// unchanged. Mono's Uri would unescape %5B %5D there, so the base URL is used directly.
        /// </summary>
        Uri BuildUri(RestRequest request) {
            if (Options.BaseUrl == null) throw new ArgumentOutOfRangeException("request", "Request resource doesn't contain a valid scheme for an empty base URL of the client");
            return Options.BaseUrl;
        }

        static bool IsPost(Method method) { return method == Method.Post || method == Method.Put || method == Method.Patch; }

        static bool IsContentHeader(string name) { return ContentHeaders.Contains(name, StringComparer.OrdinalIgnoreCase); }

        HttpContent BuildContent(RestRequest request) {
            var postParameters = IsPost(request.Method) ? request.Parameters.OfType<GetOrPostParameter>().ToArray() : new GetOrPostParameter[0];
            if (!IsPost(request.Method) && request.Parameters.OfType<GetOrPostParameter>().Any())
                throw new NotSupportedException("RestSharp would send these AddParameter fields in the query; the stand-in does not model that");
            var bodyParameter = request.Parameters.OfType<BodyParameter>().FirstOrDefault();
            HttpContent content = null;

            if (request.Files.Count > 0 || BodyShouldBeMultipartForm(bodyParameter) || request.AlwaysMultipartFormData) content = CreateMultipartFormDataContent(request);

            foreach (var file in request.Files) ((MultipartFormDataContent)content).Add(ToStreamContent(file));

            if (bodyParameter != null) {
                var bodyContent = Serialize(bodyParameter);
                if (postParameters.Length > 0 || request.Files.Count > 0 || BodyShouldBeMultipartForm(bodyParameter) || request.AlwaysMultipartFormData) {
                    var mpContent = content as MultipartFormDataContent ?? CreateMultipartFormDataContent(request);
                    var name = string.IsNullOrEmpty(bodyParameter.Name) ? bodyContent.Headers.ContentType?.MediaType : bodyParameter.Name;
                    if (string.IsNullOrEmpty(name)) mpContent.Add(bodyContent);
                    else mpContent.Add(bodyContent, name);
                    content = mpContent;
                }
                else content = bodyContent;
            }

            if (postParameters.Length > 0) {
                var mpContent = content as MultipartFormDataContent;
                if (mpContent != null) {
                    foreach (var parameter in postParameters) {
                        mpContent.Add(
                            new StringContent(parameter.Value == null ? "" : parameter.Value.ToString(), Options.Encoding, parameter.ContentType.Value),
                            request.MultipartFormQuoteParameters ? "\"" + parameter.Name + "\"" : parameter.Name
                        );
                    }
                }
                else {
                    var encoded = string.Join("&", postParameters.Select(p => EscapeDataString(p.Name) + "=" + (p.Value == null ? "" : EscapeDataString(p.Value.ToString()))));
                    content = new StringContent(encoded, Options.Encoding, ContentType.FormUrlEncoded.Value);
                }
            }

            var contentHeaders = request.Parameters.OfType<HeaderParameter>().Where(h => IsContentHeader(h.Name)).ToArray();
            // RestSharp adds empty content to carry content headers.
            if (contentHeaders.Length > 0 && content == null) content = new StringContent("");
            foreach (var header in contentHeaders) {
                var value = header.Value.ToString();
                if (header.Name == "Content-Type" && content is MultipartFormDataContent) value = value + "; boundary=" + GetBoundary(request.FormBoundary, request.MultipartFormQuoteBoundary);
                content.Headers.Remove(header.Name);
                content.Headers.TryAddWithoutValidation(header.Name, value);
            }
            return content;
        }

        static bool BodyShouldBeMultipartForm(BodyParameter bodyParameter) {
            if (bodyParameter == null) return false;
            var bodyContentType = bodyParameter.ContentType == ContentType.Undefined ? bodyParameter.Name : bodyParameter.ContentType.Value;
            return !string.IsNullOrEmpty(bodyParameter.Name) && bodyParameter.Name != bodyContentType;
        }

        HttpContent Serialize(BodyParameter body) {
            if (body.DataFormat == DataFormat.Binary) {
                var byteContent = new ByteArrayContent((byte[])body.Value);
                byteContent.Headers.ContentType = body.ContentType.AsMediaTypeHeaderValue;
                return byteContent;
            }
            if (body.DataFormat != DataFormat.None) throw new NotSupportedException("the stand-in has no serializers");
            return new StringContent(body.Value.ToString(), Options.Encoding, body.ContentType.Value);
        }

        static MultipartFormDataContent CreateMultipartFormDataContent(RestRequest request) {
            if (request.FormBoundary == null) request.FormBoundary = Guid.NewGuid().ToString();
            var mpContent = new MultipartFormDataContent(request.FormBoundary);
            var contentType = new MediaTypeHeaderValue("multipart/form-data");
            contentType.Parameters.Add(new NameValueHeaderValue("boundary", GetBoundary(request.FormBoundary, request.MultipartFormQuoteBoundary)));
            mpContent.Headers.ContentType = contentType;
            return mpContent;
        }

        static string GetBoundary(string boundary, bool quote) { return quote ? "\"" + boundary + "\"" : boundary; }

        static StreamContent ToStreamContent(FileParameter file) {
            var streamContent = new StreamContent(file.GetFile());
            streamContent.Headers.ContentType = file.ContentType.AsMediaTypeHeaderValue;
            var disposition = new ContentDispositionHeaderValue("form-data") { Name = "\"" + file.Name + "\"", FileName = "\"" + file.FileName + "\"" };
            if (!file.Options.DisableFilenameStar) disposition.FileNameStar = file.FileName;
            streamContent.Headers.ContentDisposition = disposition;
            return streamContent;
        }

        /// <summary>
        /// Request headers replace each other by name (RestSharp removes before it adds), then the
        /// default Accept header when the request has none.
        /// </summary>
        static void AddRequestHeaders(HttpRequestMessage message, RestRequest request) {
            var headers = request.Parameters.OfType<HeaderParameter>().ToList();
            foreach (var header in headers.Where(h => !IsContentHeader(h.Name))) {
                message.Headers.Remove(header.Name);
                message.Headers.TryAddWithoutValidation(header.Name, header.Value.ToString());
            }
            if (!headers.Any(h => string.Equals(h.Name, "Accept", StringComparison.InvariantCultureIgnoreCase))) {
                message.Headers.TryAddWithoutValidation("Accept", AcceptedContentTypes);
            }
        }

        /// <summary>.NET's Uri.EscapeDataString: everything but RFC 3986 unreserved characters, as UTF-8.</summary>
        static string EscapeDataString(string text) {
            var builder = new StringBuilder();
            foreach (var b in Encoding.UTF8.GetBytes(text)) {
                var c = (char)b;
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') builder.Append(c);
                else builder.Append('%').Append(b.ToString("X2"));
            }
            return builder.ToString();
        }

        static HttpMethod AsHttpMethod(Method method) {
            switch (method) {
                case Method.Get: return HttpMethod.Get;
                case Method.Post: return HttpMethod.Post;
                case Method.Put: return HttpMethod.Put;
                case Method.Delete: return HttpMethod.Delete;
                case Method.Head: return HttpMethod.Head;
                case Method.Options: return HttpMethod.Options;
                case Method.Patch: return new HttpMethod("PATCH");
                case Method.Merge: return new HttpMethod("MERGE");
                case Method.Copy: return new HttpMethod("COPY");
                case Method.Search: return new HttpMethod("SEARCH");
                default: throw new ArgumentOutOfRangeException("method");
            }
        }
    }
}

namespace RestSharp.Interceptors {
    public abstract class Interceptor {
        public virtual ValueTask BeforeHttpRequest(HttpRequestMessage requestMessage, CancellationToken cancellationToken) { return default(ValueTask); }
    }

    /// <summary>RestSharp's bridge from the obsolete request hooks to interceptors.</summary>
    public class CompatibilityInterceptor : Interceptor {
        public Func<HttpRequestMessage, ValueTask> OnBeforeRequest { get; set; }

        public override ValueTask BeforeHttpRequest(HttpRequestMessage requestMessage, CancellationToken cancellationToken) {
            if (OnBeforeRequest != null) OnBeforeRequest(requestMessage);
            return default(ValueTask);
        }
    }
}
