package org.warta.stack.es.root;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.bytes.BytesArray;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/** {@code GET /} with the same fields as the distribution's RestMainAction; {@code HEAD /} answers 200. */
public final class RootAction extends BaseRestHandler {
    private final Supplier<ClusterService> clusterService;

    RootAction(Supplier<ClusterService> clusterService) {
        this.clusterService = clusterService;
    }

    @Override
    public String getName() {
        return "main_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        if (request.method() == RestRequest.Method.HEAD) {
            return channel -> channel.sendResponse(
                new RestResponse(RestStatus.OK, RestResponse.TEXT_CONTENT_TYPE, BytesArray.EMPTY)
            );
        }
        return channel -> {
            XContentBuilder builder = channel.newBuilder();
            describe(builder, clusterService.get());
            channel.sendResponse(new RestResponse(RestStatus.OK, builder));
        };
    }

    private static void describe(XContentBuilder builder, ClusterService cluster) throws IOException {
        Build build = Build.current();
        builder.startObject();
        builder.field("name", cluster.getNodeName());
        builder.field("cluster_name", cluster.getClusterName().value());
        builder.field("cluster_uuid", cluster.state().metadata().clusterUUID());
        builder.startObject("version");
        builder.field("number", build.qualifiedVersion());
        builder.field("build_flavor", build.flavor());
        builder.field("build_type", build.type().displayName());
        builder.field("build_hash", build.hash());
        builder.field("build_date", build.date());
        builder.field("build_snapshot", build.isSnapshot());
        builder.field("lucene_version", IndexVersion.current().luceneVersion().toString());
        builder.field("minimum_wire_compatibility_version", build.minWireCompatVersion());
        builder.field("minimum_index_compatibility_version", build.minIndexCompatVersion());
        builder.endObject();
        builder.field("tagline", "You Know, for Search");
        builder.endObject();
    }
}
