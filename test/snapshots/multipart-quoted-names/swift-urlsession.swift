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
appendPart("Content-Disposition: form-data; name=\"say %22hi%22\"", Data("one".utf8))
appendPart("Content-Disposition: form-data; name=\"a\\\\b%22c%22\"", Data("two".utf8))
try appendPart("Content-Disposition: form-data; name=\"doc %22main%22\"; filename=\"upload.txt\"\r\nContent-Type: text/plain", Data(contentsOf: URL(fileURLWithPath: "upload.txt")))
try appendPart("Content-Disposition: form-data; name=\"quoted file\"; filename=\"q%22uote.txt\"\r\nContent-Type: application/octet-stream", Data(contentsOf: URL(fileURLWithPath: "q\"uote.txt")))
body.append(Data(("--" + boundary + "--\r\n").utf8))
let postData = body

var request = URLRequest(url: URL(string: "{{baseUrl}}/upload")!, timeoutInterval: Double.infinity)
request.addValue("multipart/form-data; boundary=" + boundary, forHTTPHeaderField: "Content-Type")
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
