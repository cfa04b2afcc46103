open System.Collections.Generic
open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Patch, "{{baseUrl}}/settings")
request.Content <- new FormUrlEncodedContent([
    KeyValuePair("theme", "dark mode")
    KeyValuePair("tag", "a&b")
    KeyValuePair("tag", "c")
])
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
