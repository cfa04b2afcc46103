(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/blobs/upload.txt"
    :headers {"Content-Type" "application/octet-stream"}
    :body (java.nio.file.Files/readAllBytes (.toPath (java.io.File. "upload.txt")))
    :method :put}))

(println (:body response))
