(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/v1/users/{{userId}}"
    :headers {"If-Match" "W/\"etag-1\""
              "X-Request-Id" "{{requestId}}"
              "Content-Type" "application/json"}
    :body (.getBytes "{\"name\": \"{{newName}}\", \"active\": true}" "UTF-8")
    :method :patch}))

(println (:body response))
