(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10"
    :headers {"X-API-Key" "{{api_key}}"
              "Cookie" "session={{session_id}}; api_key={{api_key}}"
              "X-Note" "\"; rm -rf ~; \""
              "Authorization" "Bearer {{bearerAuth}}"}
    :method :get}))

(println (:body response))
