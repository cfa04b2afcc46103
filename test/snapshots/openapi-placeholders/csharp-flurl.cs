using Flurl.Http;

var response = await "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10"
    .WithHeader("X-API-Key", "{{api_key}}")
    .WithHeader("Cookie", "session={{session_id}}; api_key={{api_key}}")
    .WithHeader("X-Note", "\"; rm -rf ~; \"")
    .WithHeader("Authorization", "Bearer {{bearerAuth}}")
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
