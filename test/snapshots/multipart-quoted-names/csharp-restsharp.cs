using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/upload")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AlwaysMultipartFormData = true;
request.AddFile("doc %22main%22", "upload.txt", "text/plain");
request.AddFile("quoted file", File.ReadAllBytes("q\"uote.txt"), "q%22uote.txt");
request.AddParameter("say %22hi%22", "one");
request.AddParameter("a\\b%22c%22", "two");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
