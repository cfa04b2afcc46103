(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/cors"
    :headers {"Origin" "https://app.example.com"
              "Access-Control-Request-Method" "PUT"}
    :method :options}))

(println (:body response))
