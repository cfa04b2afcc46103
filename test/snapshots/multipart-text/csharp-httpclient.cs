using var client = new HttpClient();
using var request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/upload");
var form = new MultipartFormDataContent();
form.Add(new StringContent("Hello"), "title");
form.Add(new StringContent("line 1\n" +
    "line 2\r\n" +
    "line 3"), "bio");
form.Add(new StringContent("Zoë 😀"), "name");
form.Add(new StringContent("a"), "tag");
form.Add(new StringContent("b"), "tag");
var part6 = new StringContent("{\"k\":\"v\"}");
part6.Headers.ContentType = null;
part6.Headers.TryAddWithoutValidation("Content-Type", "application/json");
form.Add(part6, "meta");
form.Add(new StringContent("\"; $(id) #{x} \\(y) '"), "danger");
request.Content = form;
using var response = await client.SendAsync(request);
Console.WriteLine(await response.Content.ReadAsStringAsync());
