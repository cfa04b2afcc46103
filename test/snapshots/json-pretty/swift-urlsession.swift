import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let parameters = """
{
  "customer": "Zoë",
  "escaped": "caf\\u00e9 \\"quoted\\" \\\\ back",
  "items": [
    { "sku": "A-1", "qty": 2, "price": 9.90 },
    { "sku": "B-2", "qty": 1, "price": 1e3 }
  ],
  "note": "#{x} ${y} \\\\(z) `w`",
  "empty": {},
  "nothing": null
}

"""
let postData = parameters.data(using: .utf8)

var request = URLRequest(url: URL(string: "{{baseUrl}}/v1/orders")!, timeoutInterval: Double.infinity)
request.addValue("application/json", forHTTPHeaderField: "Content-Type")
request.httpMethod = "POST"
request.httpBody = postData

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
