(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/graphql"
    :headers {"Content-Type" "application/json"}
    :body (.getBytes "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café #{x}\"}}" "UTF-8")
    :method :post}))

(println (:body response))
