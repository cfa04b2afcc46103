open System.Collections.Generic
open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/login?next=/home&lang=en")
request.Content <- new FormUrlEncodedContent([
    KeyValuePair("user", "ann@example.com")
    KeyValuePair("pass", "p@ss w0rd&")
])
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
