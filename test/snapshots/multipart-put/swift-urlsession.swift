import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let boundary = "Boundary-" + UUID().uuidString
var body = Data()
func appendPart(_ headers: String, _ content: Data) {
  body.append(Data(("--" + boundary + "\r\n" + headers + "\r\n\r\n").utf8))
  body.append(content)
  body.append(Data("\r\n".utf8))
}
appendPart("Content-Disposition: form-data; name=\"name\"", Data("Ada".utf8))
appendPart("Content-Disposition: form-data; name=\"tag\"", Data("a".utf8))
appendPart("Content-Disposition: form-data; name=\"tag\"", Data("b".utf8))
try appendPart("Content-Disposition: form-data; name=\"avatar\"; filename=\"upload.txt\"\r\nContent-Type: text/plain", Data(contentsOf: URL(fileURLWithPath: "upload.txt")))
body.append(Data(("--" + boundary + "--\r\n").utf8))
let postData = body

var request = URLRequest(url: URL(string: "{{baseUrl}}/profile")!, timeoutInterval: Double.infinity)
request.addValue("42", forHTTPHeaderField: "X-Request-Id")
request.addValue("multipart/form-data; boundary=" + boundary, forHTTPHeaderField: "Content-Type")
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
