using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Get);
request.AddHeader("X-API-Key", "{{api_key}}");
request.AddHeader("Cookie", "session={{session_id}}; api_key={{api_key}}");
request.AddHeader("X-Note", "\"; rm -rf ~; \"");
request.AddHeader("Authorization", "Bearer {{bearerAuth}}");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
