import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

var request = URLRequest(url: URL(string: "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")!, timeoutInterval: Double.infinity)
request.addValue("{{api_key}}", forHTTPHeaderField: "X-API-Key")
request.addValue("session={{session_id}}; api_key={{api_key}}", forHTTPHeaderField: "Cookie")
request.addValue("\"; rm -rf ~; \"", forHTTPHeaderField: "X-Note")
request.addValue("Bearer {{bearerAuth}}", forHTTPHeaderField: "Authorization")
request.httpMethod = "GET"

let semaphore = DispatchSemaphore(value: 0)
let task = URLSession.shared.dataTask(with: request) { data, response, error in
  defer { semaphore.signal() }
  guard let data = data else {
    print(String(describing: error))
    return
  }
  print(String(decoding: data, as: UTF8.self))
}

task.resume()
semaphore.wait()
