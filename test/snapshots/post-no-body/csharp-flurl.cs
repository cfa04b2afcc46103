using Flurl.Http;

var response = await "{{baseUrl}}/jobs/42/run"
    .PostAsync();
Console.WriteLine(await response.GetStringAsync());
