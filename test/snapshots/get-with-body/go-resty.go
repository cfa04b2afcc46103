package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()
	// resty leaves out the body of a GET unless allowed.
	client.SetAllowGetMethodPayload(true)

	req := client.R()
	req.Header.Add("Content-Type", "application/json")
	req.SetBody("{\"query\": {\"match_all\": {}}}")

	resp, err := req.Execute("GET", "{{baseUrl}}/search")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
