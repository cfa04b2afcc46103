using Flurl.Http;

var response = await "{{baseUrl}}/upload"
    .PostAsync();
Console.WriteLine(await response.GetStringAsync());
