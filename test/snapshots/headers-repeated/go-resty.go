package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("X-Tag", "alpha")
	req.Header.Add("Accept", "text/plain")
	req.Header.Add("X-Tag", "beta")
	req.Header.Add("X-Tag", "gamma")

	resp, err := req.Execute("GET", "{{baseUrl}}/tags")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
