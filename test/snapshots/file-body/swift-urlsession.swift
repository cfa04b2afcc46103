import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let postData = try Data(contentsOf: URL(fileURLWithPath: "upload.txt"))

var request = URLRequest(url: URL(string: "{{baseUrl}}/blobs/upload.txt")!, timeoutInterval: Double.infinity)
request.addValue("application/octet-stream", forHTTPHeaderField: "Content-Type")
request.httpMethod = "PUT"
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
